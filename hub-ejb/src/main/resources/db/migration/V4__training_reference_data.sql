-- Training reference data: the skills framework (12 skills, 4 levels each) and the position families
-- with their target level per skill.
-- Levels: 1 awareness, 2 practitioner, 3 advanced, 4 expert. Each level has a descriptor (what a civil
-- servant at that level can do) and a first-person statement rated not at all / partly / mostly / fully.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 2.2 in MySQL mode: keep to the common SQL.
--
-- Ids: entity rows take ids above the high-water mark of the table generator (id_sequence 'hub'),
-- which is then raised past them, so the generator never hands out a seeded id.

SET @base = (SELECT next_val FROM id_sequence WHERE seq_name = 'hub');

-- ---------------------------------------------------------------------------------------------------
-- Skills
-- ---------------------------------------------------------------------------------------------------

INSERT INTO skill (id, version, created_at, created_by, updated_at, updated_by, code, category, name_en, name_ru, sort_order) VALUES
(@base + 1,  0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'agility', 'CORE', 'Agility', 'Гибкость', 1),
(@base + 2,  0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'design_thinking', 'CORE', 'Design thinking', 'Дизайн-мышление', 2),
(@base + 3,  0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'storytelling', 'CORE', 'Storytelling', 'Сторителлинг', 3),
(@base + 4,  0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'emotional_intelligence', 'CORE', 'Emotional intelligence', 'Эмоциональный интеллект', 4),
(@base + 5,  0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'collaboration', 'CORE', 'Collaboration', 'Сотрудничество', 5),
(@base + 6,  0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'digital_literacy', 'CORE', 'Digital literacy', 'Цифровая грамотность', 6),
(@base + 7,  0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'curiosity', 'CORE', 'Curiosity', 'Любознательность', 7),
(@base + 8,  0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'insurgency', 'CORE', 'Insurgency', 'Конструктивный вызов статус-кво', 8),
(@base + 9,  0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'proactivity', 'CORE', 'Proactivity', 'Проактивность', 9),
(@base + 10, 0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'data_management', 'DIGITAL', 'Data management', 'Управление данными', 10),
(@base + 11, 0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'ux', 'DIGITAL', 'User experience and service design', 'Пользовательский опыт и дизайн услуг', 11),
(@base + 12, 0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'it_development', 'DIGITAL', 'IT development', 'Разработка ИТ-решений', 12);

-- ---------------------------------------------------------------------------------------------------
-- Skill levels
-- ---------------------------------------------------------------------------------------------------

-- agility: iteration and prototyping
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'agility'), 1,
 'Understands why public services are developed in short iterations and can explain the basics of prototyping, testing and learning from feedback.',
 'Понимает, зачем государственные услуги разрабатывают короткими итерациями, и может объяснить основы прототипирования, тестирования и работы с обратной связью.',
 'I can explain how working in short iterations and testing early prototypes reduces risk in public projects.',
 'Я могу объяснить, как работа короткими итерациями и раннее тестирование прототипов снижают риски в государственных проектах.'),
((SELECT id FROM skill WHERE code = 'agility'), 2,
 'Takes part in iterative work: builds simple prototypes, tests them with users or colleagues and adjusts the work based on what is learned.',
 'Участвует в итеративной работе: создаёт простые прототипы, проверяет их на пользователях или коллегах и корректирует работу по итогам проверки.',
 'I can build a simple prototype of a service or policy idea, test it and change it based on the feedback.',
 'Я могу создать простой прототип услуги или идеи политики, протестировать его и доработать по итогам обратной связи.'),
((SELECT id FROM skill WHERE code = 'agility'), 3,
 'Plans and leads projects in iterations, chooses suitable agile methods and keeps the team learning and adapting as conditions change.',
 'Планирует и ведёт проекты итерациями, выбирает подходящие гибкие методы и помогает команде учиться и адаптироваться при изменении условий.',
 'I can plan and run a project in iterations, choose suitable agile methods and adapt the plan when evidence or conditions change.',
 'Я могу спланировать и провести проект итерациями, выбрать подходящие гибкие методы и скорректировать план, когда меняются данные или условия.'),
((SELECT id FROM skill WHERE code = 'agility'), 4,
 'Embeds agile and iterative ways of working across the organisation, adapts governance, budgeting and procurement to support them, and coaches others.',
 'Внедряет гибкие и итеративные методы работы в масштабах организации, адаптирует под них процессы управления, бюджетирования и закупок и наставляет других.',
 'I can embed iterative ways of working across my organisation, including adapting governance, funding or procurement rules, and coach others to use them.',
 'Я могу внедрить итеративные методы работы в своей организации, в том числе адаптировать правила управления, финансирования или закупок, и обучать этому других.');

-- design thinking
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'design_thinking'), 1,
 'Knows the main stages of design thinking and understands why a public problem should be explored from the point of view of the people it affects before a solution is chosen.',
 'Знает основные этапы дизайн-мышления и понимает, почему общественную проблему нужно изучить с точки зрения людей, которых она касается, прежде чем выбирать решение.',
 'I can describe the stages of design thinking and explain why understanding users comes before choosing a solution.',
 'Я могу описать этапы дизайн-мышления и объяснить, почему понимание пользователей должно предшествовать выбору решения.'),
((SELECT id FROM skill WHERE code = 'design_thinking'), 2,
 'Applies design thinking tools such as interviews, journey maps and idea generation to a defined problem, with guidance from more experienced colleagues.',
 'Применяет инструменты дизайн-мышления, такие как интервью, карты пути пользователя и генерация идей, для решения конкретной задачи при поддержке более опытных коллег.',
 'I can use design thinking tools such as user interviews, journey maps and brainstorming to work on a specific problem.',
 'Я могу использовать инструменты дизайн-мышления, например интервью с пользователями, карты пути пользователя и мозговой штурм, для работы над конкретной задачей.'),
((SELECT id FROM skill WHERE code = 'design_thinking'), 3,
 'Designs and facilitates a full design process, from framing the problem to testing solutions, and involves citizens and stakeholders throughout.',
 'Выстраивает и модерирует полный цикл дизайн-процесса, от постановки проблемы до тестирования решений, вовлекая граждан и заинтересованные стороны на всех этапах.',
 'I can plan and facilitate a complete design process, from reframing the problem to testing solutions with citizens and stakeholders.',
 'Я могу спланировать и провести полный дизайн-процесс, от переосмысления проблемы до тестирования решений с гражданами и заинтересованными сторонами.'),
((SELECT id FROM skill WHERE code = 'design_thinking'), 4,
 'Uses design thinking to shape strategy and policy across organisations, builds design capability in teams and champions human-centred approaches.',
 'Применяет дизайн-мышление при формировании стратегий и политик на межведомственном уровне, развивает дизайн-компетенции команд и продвигает человекоориентированный подход.',
 'I can use design thinking to shape strategy and policy across organisations and help other teams build their own design capability.',
 'Я могу применять дизайн-мышление при выработке стратегий и политик на уровне нескольких организаций и помогать другим командам развивать собственные дизайн-компетенции.');

-- storytelling
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'storytelling'), 1,
 'Understands how a clear story helps people grasp a problem, a change or a result, and recognises the elements of a compelling narrative.',
 'Понимает, как ясная история помогает людям осознать проблему, изменение или результат, и знает, из каких элементов складывается убедительное повествование.',
 'I can explain what makes a story about a public service or policy clear and convincing.',
 'Я могу объяснить, что делает рассказ о государственной услуге или политике понятным и убедительным.'),
((SELECT id FROM skill WHERE code = 'storytelling'), 2,
 'Tells the story of a project or proposal in plain language, using examples, data and user experiences suited to the audience.',
 'Рассказывает о проекте или предложении простым языком, используя примеры, данные и опыт пользователей с учётом аудитории.',
 'I can present a project or proposal as a clear story in plain language, using examples and data suited to the audience.',
 'Я могу представить проект или предложение в виде понятной истории простым языком, подбирая примеры и данные под аудиторию.'),
((SELECT id FROM skill WHERE code = 'storytelling'), 3,
 'Builds compelling narratives for different audiences and channels, including senior decision-makers and the public, to win support for change.',
 'Выстраивает убедительные истории для разных аудиторий и каналов, включая руководство и общественность, чтобы получить поддержку изменений.',
 'I can build narratives for different audiences, from senior decision-makers to the public, that win support for a change.',
 'Я могу выстраивать истории для разных аудиторий, от высшего руководства до общественности, которые помогают получить поддержку изменений.'),
((SELECT id FROM skill WHERE code = 'storytelling'), 4,
 'Shapes the overall narrative of major reforms and organisational strategy, and coaches others to communicate change with impact.',
 'Формирует общее повествование о крупных реформах и стратегии организации и учит других эффективно рассказывать об изменениях.',
 'I can shape the story of a major reform or strategy and coach colleagues to communicate change convincingly.',
 'Я могу сформировать общую историю крупной реформы или стратегии и научить коллег убедительно рассказывать об изменениях.');

-- emotional intelligence
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'emotional_intelligence'), 1,
 'Is aware of own emotions and their effect on others, and understands why empathy matters when working with colleagues and citizens.',
 'Осознаёт свои эмоции и их влияние на окружающих и понимает, почему эмпатия важна в работе с коллегами и гражданами.',
 'I can recognise my own emotions at work and how they affect the people around me.',
 'Я могу распознавать свои эмоции на работе и понимать, как они влияют на окружающих.'),
((SELECT id FROM skill WHERE code = 'emotional_intelligence'), 2,
 'Manages own reactions in everyday situations, listens actively and responds to the needs and feelings of colleagues and service users.',
 'Управляет своими реакциями в повседневных ситуациях, активно слушает и учитывает потребности и чувства коллег и получателей услуг.',
 'I can stay calm in everyday work situations, listen actively and respond to the feelings and needs of others.',
 'Я могу сохранять спокойствие в повседневных рабочих ситуациях, активно слушать и учитывать чувства и потребности других.'),
((SELECT id FROM skill WHERE code = 'emotional_intelligence'), 3,
 'Handles tension, conflict and resistance to change constructively, reads the dynamics of a group and adapts own approach.',
 'Конструктивно справляется с напряжённостью, конфликтами и сопротивлением изменениям, понимает динамику группы и адаптирует свой подход.',
 'I can handle conflict and resistance to change constructively by understanding the dynamics of a group and adapting my approach.',
 'Я могу конструктивно справляться с конфликтами и сопротивлением изменениям, понимая динамику группы и адаптируя свой подход.'),
((SELECT id FROM skill WHERE code = 'emotional_intelligence'), 4,
 'Creates a climate of trust and psychological safety across teams, supports people through difficult change and develops the emotional intelligence of others.',
 'Создаёт в командах атмосферу доверия и психологической безопасности, поддерживает людей в период сложных изменений и развивает их эмоциональный интеллект.',
 'I can create trust and psychological safety in teams, support people through difficult change and help others develop their emotional intelligence.',
 'Я могу создавать в командах атмосферу доверия и психологической безопасности, поддерживать людей в период сложных изменений и помогать другим развивать эмоциональный интеллект.');

-- collaboration
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'collaboration'), 1,
 'Understands the value of working across teams, organisations and sectors, and shares information openly with colleagues.',
 'Понимает ценность работы на стыке подразделений, организаций и секторов и открыто делится информацией с коллегами.',
 'I can explain why working with other teams, organisations and sectors leads to better public outcomes.',
 'Я могу объяснить, почему совместная работа с другими подразделениями, организациями и секторами даёт лучшие результаты для общества.'),
((SELECT id FROM skill WHERE code = 'collaboration'), 2,
 'Works effectively in mixed teams, contributes to shared goals and builds good working relationships with colleagues from other units.',
 'Эффективно работает в смешанных командах, вносит вклад в общие цели и выстраивает хорошие рабочие отношения с коллегами из других подразделений.',
 'I can work effectively in a mixed team, contribute to shared goals and keep good working relationships with other units.',
 'Я могу эффективно работать в смешанной команде, вносить вклад в общие цели и поддерживать хорошие рабочие отношения с другими подразделениями.'),
((SELECT id FROM skill WHERE code = 'collaboration'), 3,
 'Initiates and facilitates partnerships with other agencies, business, academia and civil society, aligning different interests around a common goal.',
 'Инициирует и развивает партнёрства с другими ведомствами, бизнесом, научным сообществом и гражданским обществом, согласовывая разные интересы вокруг общей цели.',
 'I can set up and facilitate a partnership with other agencies, business or civil society and align different interests around a common goal.',
 'Я могу выстроить партнёрство с другими ведомствами, бизнесом или гражданским обществом и согласовать разные интересы вокруг общей цели.'),
((SELECT id FROM skill WHERE code = 'collaboration'), 4,
 'Builds lasting networks and structures for collaboration across government, removes barriers to joint work and fosters a culture of openness.',
 'Создаёт устойчивые сети и механизмы межведомственного взаимодействия, устраняет барьеры для совместной работы и развивает культуру открытости.',
 'I can build lasting networks and structures for collaboration across government and remove barriers that stand in the way of joint work.',
 'Я могу создавать устойчивые сети и механизмы взаимодействия между ведомствами и устранять барьеры, которые мешают совместной работе.');

-- digital literacy
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'digital_literacy'), 1,
 'Uses common office and online tools and understands the basic opportunities and risks of digital technology for public services.',
 'Пользуется распространёнными офисными и онлайн-инструментами и понимает основные возможности и риски цифровых технологий для государственных услуг.',
 'I can use common digital tools in my daily work and describe the main opportunities and risks of technology for public services.',
 'Я могу пользоваться распространёнными цифровыми инструментами в повседневной работе и описать основные возможности и риски технологий для государственных услуг.'),
((SELECT id FROM skill WHERE code = 'digital_literacy'), 2,
 'Chooses and uses digital tools confidently to work, collaborate and share information securely, and follows data protection and security rules.',
 'Уверенно выбирает и использует цифровые инструменты для работы, взаимодействия и безопасного обмена информацией, соблюдает правила защиты данных и информационной безопасности.',
 'I can choose the right digital tools for a task, use them confidently and share information securely in line with data protection rules.',
 'Я могу подобрать подходящие цифровые инструменты для задачи, уверенно ими пользоваться и безопасно обмениваться информацией с соблюдением правил защиты данных.'),
((SELECT id FROM skill WHERE code = 'digital_literacy'), 3,
 'Identifies where emerging technologies such as automation or AI could improve policies and services, and discusses them knowledgeably with IT specialists.',
 'Определяет, где новые технологии, например автоматизация или искусственный интеллект, могут улучшить политики и услуги, и предметно обсуждает их с ИТ-специалистами.',
 'I can spot where new technologies such as automation or AI could improve a policy or service and discuss the options with IT specialists.',
 'Я могу определить, где новые технологии, например автоматизация или искусственный интеллект, способны улучшить политику или услугу, и обсудить варианты с ИТ-специалистами.'),
((SELECT id FROM skill WHERE code = 'digital_literacy'), 4,
 'Leads digital transformation, assesses the ethical, legal and organisational implications of technology and raises the digital skills of others.',
 'Руководит цифровой трансформацией, оценивает этические, правовые и организационные последствия внедрения технологий и повышает цифровые навыки других.',
 'I can lead digital transformation, weigh the ethical, legal and organisational implications of technology and help others raise their digital skills.',
 'Я могу руководить цифровой трансформацией, оценивать этические, правовые и организационные последствия технологий и помогать другим повышать цифровые навыки.');

-- curiosity
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'curiosity'), 1,
 'Is open to new ideas and asks questions about how things are done and why.',
 'Открыт новым идеям и задаёт вопросы о том, как и почему выполняется работа.',
 'I can ask questions about how and why things are done in my area and stay open to new ideas.',
 'Я могу задавать вопросы о том, как и почему устроена работа в моей сфере, и сохранять открытость новым идеям.'),
((SELECT id FROM skill WHERE code = 'curiosity'), 2,
 'Actively looks for new knowledge, practices and examples from other organisations and countries, and brings them into own work.',
 'Активно ищет новые знания, практики и примеры из других организаций и стран и применяет их в своей работе.',
 'I can find useful practices and examples from other organisations or countries and apply them in my own work.',
 'Я могу находить полезные практики и примеры из других организаций или стран и применять их в своей работе.'),
((SELECT id FROM skill WHERE code = 'curiosity'), 3,
 'Explores problems in depth, tests assumptions and draws on insights from other disciplines to open up new solutions.',
 'Глубоко исследует проблемы, проверяет допущения и привлекает знания из других областей, чтобы находить новые решения.',
 'I can explore a problem in depth, test underlying assumptions and use insights from other disciplines to find new solutions.',
 'Я могу глубоко исследовать проблему, проверять исходные допущения и использовать знания из других областей для поиска новых решений.'),
((SELECT id FROM skill WHERE code = 'curiosity'), 4,
 'Creates space for exploration and experimentation in the organisation, scans for future trends and encourages a culture of continuous learning.',
 'Создаёт в организации пространство для поиска и экспериментов, отслеживает тенденции будущего и поощряет культуру непрерывного обучения.',
 'I can create room for exploration and experiments in my organisation, scan for future trends and encourage continuous learning.',
 'Я могу создавать в своей организации условия для поиска и экспериментов, отслеживать будущие тенденции и поощрять непрерывное обучение.');

-- insurgency: challenging habits and the status quo constructively
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'insurgency'), 1,
 'Understands that established habits and rules can be questioned and recognises when a way of working no longer serves its purpose.',
 'Понимает, что сложившиеся привычки и правила можно ставить под сомнение, и замечает, когда способ работы перестаёт служить своей цели.',
 'I can recognise when an established practice or rule no longer serves its purpose.',
 'Я могу распознать, когда сложившаяся практика или правило перестают служить своей цели.'),
((SELECT id FROM skill WHERE code = 'insurgency'), 2,
 'Questions the status quo respectfully, proposes alternatives supported by evidence and is willing to try unconventional approaches.',
 'Тактично ставит под сомнение статус-кво, предлагает альтернативы, подкреплённые фактами, и готов пробовать нестандартные подходы.',
 'I can challenge the usual way of doing things respectfully and propose an alternative backed by evidence.',
 'Я могу тактично оспорить привычный порядок работы и предложить альтернативу, подкреплённую фактами.'),
((SELECT id FROM skill WHERE code = 'insurgency'), 3,
 'Challenges entrenched practices and rules constructively, builds alliances for change and finds legitimate ways around unnecessary obstacles.',
 'Конструктивно оспаривает укоренившиеся практики и правила, объединяет сторонников изменений и находит законные способы обойти излишние препятствия.',
 'I can challenge entrenched practices constructively, build alliances for change and find legitimate ways past unnecessary obstacles.',
 'Я могу конструктивно оспаривать укоренившиеся практики, объединять сторонников изменений и находить законные способы преодолеть излишние препятствия.'),
((SELECT id FROM skill WHERE code = 'insurgency'), 4,
 'Changes rules, incentives and institutional culture so that constructive challenge is welcomed, and protects and sponsors those who take considered risks.',
 'Меняет правила, стимулы и институциональную культуру так, чтобы конструктивная критика приветствовалась, а также поддерживает и защищает тех, кто идёт на обдуманный риск.',
 'I can change rules and culture so that constructive challenge is welcomed, and protect colleagues who take considered risks.',
 'Я могу менять правила и культуру так, чтобы конструктивная критика приветствовалась, и защищать коллег, которые идут на обдуманный риск.');

-- proactivity
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'proactivity'), 1,
 'Understands the value of taking initiative and notices opportunities to improve own work.',
 'Понимает ценность инициативы и замечает возможности улучшить свою работу.',
 'I can notice opportunities to improve my own work and raise them without waiting to be asked.',
 'Я могу замечать возможности улучшить свою работу и предлагать их, не дожидаясь указаний.'),
((SELECT id FROM skill WHERE code = 'proactivity'), 2,
 'Takes initiative on own tasks, anticipates problems and acts to prevent them, and follows improvements through to the end.',
 'Проявляет инициативу в своих задачах, предвидит проблемы и действует, чтобы их предотвратить, доводит улучшения до конца.',
 'I can anticipate problems in my tasks, act before they arise and follow an improvement through to completion.',
 'Я могу предвидеть проблемы в своих задачах, действовать до их возникновения и доводить улучшения до конца.'),
((SELECT id FROM skill WHERE code = 'proactivity'), 3,
 'Starts and drives improvement initiatives beyond own role, mobilising people and resources to turn ideas into results.',
 'Запускает и продвигает инициативы по улучшению за пределами своих обязанностей, привлекая людей и ресурсы, чтобы превратить идеи в результаты.',
 'I can launch an improvement initiative beyond my own role and mobilise people and resources to deliver results.',
 'Я могу запустить инициативу по улучшению за пределами своих обязанностей и привлечь людей и ресурсы для достижения результата.'),
((SELECT id FROM skill WHERE code = 'proactivity'), 4,
 'Anticipates future needs and challenges at organisational level, sets the agenda for change and encourages initiative in others.',
 'Предвидит будущие потребности и вызовы на уровне организации, формирует повестку изменений и поощряет инициативу других.',
 'I can anticipate future challenges for my organisation, set an agenda for change and encourage others to take initiative.',
 'Я могу предвидеть будущие вызовы для своей организации, формировать повестку изменений и поощрять инициативу других.');

-- data management
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'data_management'), 1,
 'Understands the role of data in policy and services, and knows the basics of data quality, open data and personal data protection.',
 'Понимает роль данных в политике и услугах, знает основы качества данных, открытых данных и защиты персональных данных.',
 'I can explain how data supports policies and services and name the basic rules on data quality and personal data protection.',
 'Я могу объяснить, как данные помогают в выработке политики и предоставлении услуг, и назвать основные правила качества данных и защиты персональных данных.'),
((SELECT id FROM skill WHERE code = 'data_management'), 2,
 'Collects, cleans, analyses and visualises data with standard tools, and interprets the results correctly for everyday decisions.',
 'Собирает, очищает, анализирует и визуализирует данные с помощью стандартных инструментов и корректно интерпретирует результаты для повседневных решений.',
 'I can collect, clean, analyse and visualise data with standard tools and interpret the results correctly.',
 'Я могу собирать, очищать, анализировать и визуализировать данные с помощью стандартных инструментов и корректно интерпретировать результаты.'),
((SELECT id FROM skill WHERE code = 'data_management'), 3,
 'Designs data collection and analysis for policies and services, combines data sources, manages data quality and governance, and uses data to evaluate impact.',
 'Проектирует сбор и анализ данных для политик и услуг, объединяет источники данных, обеспечивает качество данных и управление ими и использует данные для оценки результатов.',
 'I can design how data is collected and analysed for a service or policy, combine sources, ensure data quality and use data to evaluate impact.',
 'Я могу спроектировать сбор и анализ данных для услуги или политики, объединить источники, обеспечить качество данных и использовать их для оценки результатов.'),
((SELECT id FROM skill WHERE code = 'data_management'), 4,
 'Sets data strategy, governance and standards across the organisation, promotes data sharing and open data, and builds data capability in others.',
 'Определяет стратегию, правила управления и стандарты работы с данными в организации, продвигает обмен данными и открытые данные и развивает соответствующие компетенции других.',
 'I can set data strategy, governance and standards for my organisation and build the data skills of others.',
 'Я могу определять стратегию, правила управления и стандарты работы с данными в своей организации и развивать навыки работы с данными у других.');

-- ux: user experience and service design
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'ux'), 1,
 'Understands why services should be designed around user needs and knows the basic principles of usability and accessibility.',
 'Понимает, почему услуги нужно проектировать исходя из потребностей пользователей, и знает основные принципы удобства использования и доступности.',
 'I can explain why a service should be built around user needs and name the basic principles of usability and accessibility.',
 'Я могу объяснить, почему услугу нужно строить вокруг потребностей пользователей, и назвать основные принципы удобства и доступности.'),
((SELECT id FROM skill WHERE code = 'ux'), 2,
 'Takes part in user research and usability testing, maps user journeys and turns findings into concrete improvements to a service.',
 'Участвует в исследованиях пользователей и юзабилити-тестировании, составляет карты пути пользователя и превращает выводы в конкретные улучшения услуги.',
 'I can take part in user research and usability tests, map a user journey and turn the findings into specific improvements.',
 'Я могу участвовать в исследованиях пользователей и тестировании удобства, составлять карту пути пользователя и превращать выводы в конкретные улучшения.'),
((SELECT id FROM skill WHERE code = 'ux'), 3,
 'Leads user research and the design of end-to-end services across channels, meets accessibility standards and measures user satisfaction.',
 'Руководит исследованиями пользователей и проектированием услуг от начала до конца во всех каналах, обеспечивает соответствие стандартам доступности и измеряет удовлетворённость пользователей.',
 'I can lead user research and design an end-to-end service across channels that meets accessibility standards.',
 'Я могу руководить исследованиями пользователей и спроектировать услугу от начала до конца во всех каналах с соблюдением стандартов доступности.'),
((SELECT id FROM skill WHERE code = 'ux'), 4,
 'Sets service design standards and practice across organisations, redesigns services around life events and builds user-centred design capability.',
 'Устанавливает стандарты и практику дизайна услуг для нескольких организаций, перестраивает услуги вокруг жизненных ситуаций и развивает компетенции человекоориентированного дизайна.',
 'I can set service design standards across organisations, redesign services around life events and build user-centred design skills in others.',
 'Я могу устанавливать стандарты дизайна услуг для нескольких организаций, перестраивать услуги вокруг жизненных ситуаций и развивать у других навыки человекоориентированного дизайна.');

-- IT development
INSERT INTO skill_level (skill_id, level_number, descriptor_en, descriptor_ru, statement_en, statement_ru) VALUES
((SELECT id FROM skill WHERE code = 'it_development'), 1,
 'Understands how software is built and run, from requirements to operation, and knows the basic vocabulary of IT projects.',
 'Понимает, как создаются и эксплуатируются программные решения, от требований до сопровождения, и владеет базовой терминологией ИТ-проектов.',
 'I can describe how a software product is built and run, from requirements to operation, and follow the discussion in an IT project.',
 'Я могу описать, как создаётся и эксплуатируется программный продукт, от требований до сопровождения, и понимать обсуждения в ИТ-проекте.'),
((SELECT id FROM skill WHERE code = 'it_development'), 2,
 'Writes requirements or code for defined tasks, uses version control and testing, and contributes to delivery as part of a development team.',
 'Пишет требования или код для поставленных задач, использует системы контроля версий и тестирование, участвует в разработке в составе команды.',
 'I can write requirements or code for a well-defined task, use version control and tests, and contribute to a development team.',
 'Я могу писать требования или код для чётко поставленной задачи, использовать контроль версий и тесты и вносить вклад в работу команды разработки.'),
((SELECT id FROM skill WHERE code = 'it_development'), 3,
 'Designs and delivers secure, maintainable solutions, makes architecture and technology choices, integrates systems and reviews the work of others.',
 'Проектирует и создаёт безопасные и сопровождаемые решения, принимает архитектурные и технологические решения, интегрирует системы и проверяет работу других.',
 'I can design and deliver secure, maintainable solutions, choose the architecture and technology, and review the work of others.',
 'Я могу проектировать и создавать безопасные и удобные в сопровождении решения, выбирать архитектуру и технологии и проверять работу других.'),
((SELECT id FROM skill WHERE code = 'it_development'), 4,
 'Sets technology strategy, architecture and engineering standards across the organisation, promotes open source and reusable platforms, and mentors developers.',
 'Определяет технологическую стратегию, архитектуру и инженерные стандарты в организации, продвигает открытый код и переиспользуемые платформы и наставляет разработчиков.',
 'I can set technology strategy and engineering standards for my organisation, promote reusable platforms and open source, and mentor developers.',
 'Я могу определять технологическую стратегию и инженерные стандарты своей организации, продвигать переиспользуемые платформы и открытый код и наставлять разработчиков.');

-- ---------------------------------------------------------------------------------------------------
-- Position families and their target level per skill
-- ---------------------------------------------------------------------------------------------------

INSERT INTO position_family (id, version, created_at, created_by, updated_at, updated_by, code, name_en, name_ru) VALUES
(@base + 13, 0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'policy_officer', 'Policy officer', 'Специалист по политике'),
(@base + 14, 0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'it_specialist', 'IT specialist', 'ИТ-специалист'),
(@base + 15, 0, CURRENT_TIMESTAMP(6), 'flyway', CURRENT_TIMESTAMP(6), 'flyway', 'manager', 'Manager', 'Руководитель');

-- policy officer: designs policy with citizens and stakeholders and makes the case for it
INSERT INTO position_family_target (position_family_id, skill_id, target_level) VALUES
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'agility'), 2),
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'design_thinking'), 3),
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'storytelling'), 3),
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'emotional_intelligence'), 2),
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'collaboration'), 3),
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'digital_literacy'), 2),
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'curiosity'), 3),
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'insurgency'), 2),
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'proactivity'), 2),
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'data_management'), 2),
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'ux'), 2),
((SELECT id FROM position_family WHERE code = 'policy_officer'), (SELECT id FROM skill WHERE code = 'it_development'), 1);

-- IT specialist: builds and runs digital services
INSERT INTO position_family_target (position_family_id, skill_id, target_level) VALUES
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'agility'), 3),
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'design_thinking'), 2),
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'storytelling'), 2),
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'emotional_intelligence'), 2),
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'collaboration'), 2),
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'digital_literacy'), 4),
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'curiosity'), 2),
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'insurgency'), 2),
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'proactivity'), 2),
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'data_management'), 3),
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'ux'), 3),
((SELECT id FROM position_family WHERE code = 'it_specialist'), (SELECT id FROM skill WHERE code = 'it_development'), 4);

-- manager: leads people and change
INSERT INTO position_family_target (position_family_id, skill_id, target_level) VALUES
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'agility'), 3),
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'design_thinking'), 2),
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'storytelling'), 3),
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'emotional_intelligence'), 4),
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'collaboration'), 4),
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'digital_literacy'), 2),
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'curiosity'), 2),
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'insurgency'), 3),
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'proactivity'), 3),
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'data_management'), 2),
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'ux'), 2),
((SELECT id FROM position_family WHERE code = 'manager'), (SELECT id FROM skill WHERE code = 'it_development'), 1);

-- the generator must never hand out the ids taken above (@base + 1 .. @base + 15)
UPDATE id_sequence SET next_val = next_val + 100 WHERE seq_name = 'hub';
