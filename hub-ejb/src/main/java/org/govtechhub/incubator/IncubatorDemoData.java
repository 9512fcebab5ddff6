package org.govtechhub.incubator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.identity.DemoData;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.StartupData;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The catalogue's demo projects: the Russian Gov 2.0 projects the seed documents name (Gov2Project's list and the
 * case-study conference), with only what those documents say of them, and a few well-known civic-tech projects from
 * abroad as their own public descriptions state. The program manager catalogued them, as Gov2Project's team did;
 * the demo founder keeps OpenPermit's entry, and one project waits for moderation.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class IncubatorDemoData {

    @EJB
    private StartupData startup;

    static final String FIRST_PROJECT = "StreetJournal";

    @EJB
    private ProjectService projects;

    @EJB
    private PersonService people;

    /** Each project's steps are the services' own transactions, as a person's would be: the history records what each changed. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadOnFirstStart() {
        boolean demo = startup.here() && ConfigProvider.getConfig().getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE);
        String manager = "manager" + DemoData.DEMO_DOMAIN;
        if (!demo || people.findByEmail(manager).isEmpty()
                || projects.mine(manager).stream().anyMatch(p -> p.getName().equals(FIRST_PROJECT))) {
            return;
        }
        Draft.of(FIRST_PROJECT, "Citizens put their city's problems on a map for the bodies responsible for the area",
                "Residents do not know which authority, organisation or agency is responsible for a problem in their street.",
                "Users quickly post information about their problems on a map; it reaches the authorities, organisations and "
                        + "agencies responsible for that part of the city. A successful Russian analogue of SeeClickFix; "
                        + "the authorities are loyal to it, and the mayor of Samara began to use it actively.",
                Sector.CIVIC_PARTICIPATION, ProjectStage.PILOT, BusinessModel.UNDECIDED)
                .web("http://streetjournal.org").regions("RU-SAM").levels(GovernmentLevel.MUNICIPAL).copycat("SeeClickFix")
                .needs(Need.PARTNERS, Need.PILOT_REGION, Need.GOVERNMENT_SUPPORT).publish(projects, manager);
        Draft.of("Russian Fires", "A crowdsourcing platform that helps people affected by fires to get help",
                "People affected by fires need help quickly, and those who want to help do not know where they are needed.",
                "Those who need help report exactly what they need; those who want to help find the categories in which they "
                        + "can be useful and the closest place where they can help.",
                Sector.EMERGENCY_RELIEF, ProjectStage.SCALING, BusinessModel.VOLUNTEER)
                .web("http://russian-fires.ru").regions("RU").levels(GovernmentLevel.FEDERAL).needs(Need.VOLUNTEERS, Need.GOVERNMENT_SUPPORT)
                .impact("Its founder met the President as the founder of one of the best Gov 2.0 practices.").publish(projects, manager);
        Draft.of("Холода.инфо", "Краудсорсинговая платформа помощи людям, пострадавшим от холодов",
                "Людям, пострадавшим от сильных морозов, нужна помощь, а желающие помочь не знают, где они нужны.",
                "Нуждающиеся в помощи сообщают точно, что им нужно; желающие помочь находят категории, в которых они полезны, "
                        + "и ближайшее место, где можно помочь. Проект той же команды, что и «Русские пожары».",
                Sector.EMERGENCY_RELIEF, ProjectStage.PILOT, BusinessModel.VOLUNTEER)
                .web("http://holoda.info").regions("RU").levels(GovernmentLevel.FEDERAL).needs(Need.VOLUNTEERS).publish(projects, manager);
        Draft.of("Rosgospending", "Open analysis of public spending and procurement",
                "Public procurement is hard to follow for citizens, journalists and suppliers.",
                "Ivan Begtin's project makes public spending transparent; it now affects all public procurements.",
                Sector.TRANSPARENCY, ProjectStage.SCALING, BusinessModel.UNDECIDED)
                .regions("RU").levels(GovernmentLevel.FEDERAL).needs(Need.FUNDING, Need.GOING_ABROAD).publish(projects, manager);
        Draft.of("bus62.ru", "Мониторинг движения общественного транспорта Рязани по датчикам ГЛОНАСС",
                "Пассажиры не знают, когда придёт автобус, а город не видит, как ходит его транспорт.",
                "Технология отслеживает движение общественного транспорта, оснащённого датчиками ГЛОНАСС. Технология "
                        + "отработана, стартапом заинтересовалась крупная компания.",
                Sector.TRANSPORT, ProjectStage.PILOT, BusinessModel.LICENSING)
                .web("http://bus62.ru").regions("RU-RYA").levels(GovernmentLevel.MUNICIPAL)
                .needs(Need.FUNDING, Need.PARTNERS, Need.PILOT_REGION).publish(projects, manager);
        Draft.of("Automatic sign language translator", "Automatic translation into sign language, by the Academy of Sciences",
                "People with hearing disabilities lack sign-language translation of public information and services.",
                "The Academy of Sciences built a system for automatic sign-language translation. Developed as a technology, "
                        + "it could be sold abroad: Finland is committed to developing projects for people with disabilities, and "
                        + "one purchase by a ministry could make it commercially successful.",
                Sector.ACCESSIBILITY, ProjectStage.MVP, BusinessModel.LICENSING)
                .regions("RU").levels(GovernmentLevel.FEDERAL).needs(Need.FUNDING, Need.GOING_ABROAD, Need.GOVERNMENT_SUPPORT)
                .publish(projects, manager);
        Draft.of("RosPil", "Citizens and lawyers against corrupt public procurement",
                "Officials use public procurements for their personal gain.",
                "The project fights corrupt officials who use public procurements for personal gain.",
                Sector.TRANSPARENCY, ProjectStage.SCALING, BusinessModel.DONATIONS)
                .regions("RU").levels(GovernmentLevel.FEDERAL).needs(Need.VOLUNTEERS).publish(projects, manager);
        Draft.of("RosYama", "Complaints about poor roads, sent on to the prosecutor's office",
                "Poor road conditions go unrepaired.",
                "RosYama helps direct road-quality complaints and further appeals to the Prosecutor's Office.",
                Sector.CIVIC_PARTICIPATION, ProjectStage.SCALING, BusinessModel.DONATIONS)
                .regions("RU").levels(GovernmentLevel.MUNICIPAL, GovernmentLevel.REGIONAL).needs(Need.VOLUNTEERS).publish(projects, manager);
        Draft.of("Shtrafy GIBDD", "Traffic police fines: find them and pay online",
                "Drivers do not know whether they have traffic fines outstanding.",
                "A convenient interface to a standard public service, with additional possibilities: find whether you have any "
                        + "traffic fines outstanding and pay the penalties online.",
                Sector.PUBLIC_SERVICES, ProjectStage.SCALING, BusinessModel.UNDECIDED)
                .regions("RU").levels(GovernmentLevel.FEDERAL).publish(projects, manager);
        Draft.of("IST-budget", "One free information space for public procurement",
                "Suppliers and principals struggle to find public procurement information.",
                "A free integrated information space to search public procurement information and begin the process of "
                        + "obtaining it.",
                Sector.TRANSPARENCY, ProjectStage.PILOT, BusinessModel.UNDECIDED)
                .regions("RU").levels(GovernmentLevel.FEDERAL).publish(projects, manager);
        Draft.of("Pravovoe Gosudarstvo", "Legal State: citizens propose bills and amendments",
                "Citizens have no simple way to take part in law-making.",
                "Bills and amendments proposed by citizens: crowdsourcing in the law.",
                Sector.LEGAL, ProjectStage.PILOT, BusinessModel.VOLUNTEER)
                .regions("RU").levels(GovernmentLevel.FEDERAL).needs(Need.GOVERNMENT_SUPPORT).publish(projects, manager);
        Draft.of("Nepofigizm", "Legal advice for citizens whose rights may have been violated",
                "Citizens who think their rights were violated do not know where to turn.",
                "Nepofigizm brings citizens legal advice when there is concern that their rights have been violated.",
                Sector.LEGAL, ProjectStage.PILOT, BusinessModel.VOLUNTEER)
                .web("http://nepofigizm.ru").regions("RU").levels(GovernmentLevel.FEDERAL).needs(Need.VOLUNTEERS).publish(projects, manager);
        Draft.of("Effective.RF", "Assessing public employees' competencies to plan their development",
                "Public bodies plan training without knowing their staff's competencies.",
                "An automated and complex system of assessing public employees' management competencies, to plan personal "
                        + "and group skills development.",
                Sector.CIVIL_SERVICE, ProjectStage.PILOT, BusinessModel.GOVERNMENT_CONTRACT)
                .regions("RU").levels(GovernmentLevel.FEDERAL, GovernmentLevel.REGIONAL).needs(Need.PILOT_REGION).publish(projects, manager);
        Draft.of("RusTurn", "Appointments at Russian consular offices in Italy and Spain",
                "Signing up for an appointment at a consular office abroad is slow.",
                "The service helps sign up for an appointment in the Russian consular offices in Italy and Spain.",
                Sector.PUBLIC_SERVICES, ProjectStage.PILOT, BusinessModel.UNDECIDED)
                .regions("IT", "ES").levels(GovernmentLevel.FEDERAL).needs(Need.GOING_ABROAD).publish(projects, manager);
        Draft.of("FixMyStreet", "Report a pothole, broken street light or fly-tipping to the council",
                "Residents do not know which council is responsible for a street problem, or how to report it.",
                "mySociety's FixMyStreet sends a report with its place on the map to the right council, and publishes it "
                        + "with the council's answer. Its code is open, and other countries run their own versions.",
                Sector.CIVIC_PARTICIPATION, ProjectStage.SCALING, BusinessModel.DONATIONS)
                .web("https://www.fixmystreet.com").openSource("AGPL-3.0", "https://github.com/mysociety/fixmystreet").mobile()
                .regions("GB").levels(GovernmentLevel.MUNICIPAL).publish(projects, manager);
        Draft.of("Decidim", "A free, open-source platform for participatory democracy",
                "Cities need a transparent way to let residents propose, debate and decide.",
                "Decidim, started by Barcelona City Council, runs participatory processes, budgets, assemblies and "
                        + "consultations; its code is open.",
                Sector.CIVIC_PARTICIPATION, ProjectStage.SCALING, BusinessModel.VOLUNTEER)
                .web("https://decidim.org").openSource("AGPL-3.0", "https://github.com/decidim/decidim")
                .regions("ES").levels(GovernmentLevel.MUNICIPAL, GovernmentLevel.REGIONAL).publish(projects, manager);
        Draft.of("SeeClickFix", "Residents report non-emergency issues; governments track and fix them",
                "Non-emergency problems reported by phone or e-mail get lost between departments.",
                "Residents report issues with a photo and place; the government's staff route, track and answer them.",
                Sector.CIVIC_PARTICIPATION, ProjectStage.SCALING, BusinessModel.SUBSCRIPTION)
                .web("https://seeclickfix.com").mobile().regions("US").levels(GovernmentLevel.MUNICIPAL).publish(projects, manager);
        Draft.of("Every Little Helps", "The first Russian open crowdfunding platform",
                "Civic projects struggle to raise small donations from many people.",
                "An open crowdfunding platform for civic and social projects.",
                Sector.CIVIC_PARTICIPATION, ProjectStage.PILOT, BusinessModel.DONATIONS)
                .regions("RU").levels(GovernmentLevel.FEDERAL).needs(Need.PARTNERS).submit(projects, manager);
        String founder = "founder" + DemoData.DEMO_DOMAIN;
        if (people.findByEmail(founder).isPresent()) {
            Draft.of("OpenPermit", "Online building permits with status tracking",
                    "Residents wait weeks for a simple permit and cannot see where their file is.",
                    "Residents apply online and follow every step of their file; the department sees its queue and due dates.",
                    Sector.HOUSING, ProjectStage.MVP, BusinessModel.SUBSCRIPTION)
                    .regions("NL").levels(GovernmentLevel.MUNICIPAL).needs(Need.PILOT_REGION, Need.FUNDING).publish(projects, founder);
        }
    }

    /** One demo project as its owner fills it in. */
    private static final class Draft {
        private final String name;
        private final String[] texts;
        private final Sector sector;
        private final ProjectStage stage;
        private final BusinessModel model;
        private String website;
        private String licence;
        private String repository;
        private boolean mobile;
        private String copycat;
        private String impact;
        private List<String> regions = List.of();
        private Set<GovernmentLevel> levels = EnumSet.noneOf(GovernmentLevel.class);
        private Set<Need> needs = EnumSet.noneOf(Need.class);

        private Draft(String name, String[] texts, Sector sector, ProjectStage stage, BusinessModel model) {
            this.name = name;
            this.texts = texts;
            this.sector = sector;
            this.stage = stage;
            this.model = model;
        }

        static Draft of(String name, String tagline, String problem, String solution, Sector sector, ProjectStage stage, BusinessModel model) {
            return new Draft(name, new String[] {tagline, problem, solution}, sector, stage, model);
        }

        Draft web(String address) {
            website = address;
            return this;
        }

        Draft openSource(String licenceName, String repositoryUrl) {
            licence = licenceName;
            repository = repositoryUrl;
            return this;
        }

        Draft mobile() {
            mobile = true;
            return this;
        }

        Draft copycat(String original) {
            copycat = original;
            return this;
        }

        Draft impact(String text) {
            impact = text;
            return this;
        }

        Draft regions(String... codes) {
            regions = List.of(codes);
            return this;
        }

        Draft levels(GovernmentLevel... chosen) {
            levels = EnumSet.copyOf(List.of(chosen));
            return this;
        }

        Draft needs(Need... chosen) {
            needs = EnumSet.copyOf(List.of(chosen));
            return this;
        }

        Project submit(ProjectService service, String owner) {
            Project project = service.draft(name, owner);
            project.setTagline(texts[0]);
            project.setProblem(texts[1]);
            project.setSolution(texts[2]);
            project.setSector(sector);
            project.setStage(stage);
            project.setBusinessModel(model);
            project.setWebsite(website);
            project.setOpenSource(licence != null);
            project.setLicence(licence);
            project.setRepositoryUrl(repository);
            project.setMobileApp(mobile);
            project.setCopycatOf(copycat);
            project.setImpact(impact);
            project.setLevels(levels);
            project.setNeeds(needs);
            service.update(project, regions, owner);
            return service.submit(project.getId(), owner);
        }

        void publish(ProjectService service, String owner) {
            service.publish(submit(service, owner).getId());
        }
    }
}
