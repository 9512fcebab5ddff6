package org.govtechhub.procurement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.identity.DemoData;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.StartupData;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's procurement, after the UK Digital Marketplace's opportunities and the EU's PCP calls: the City of
 * Amsterdam's open "Digital Outcomes" opportunity for a citizen-services chatbot in two lots, with a public question
 * and its answer and two bids sealed until its deadline a month ahead; a closed opportunity for resident feedback
 * analytics that was evaluated by the jury and awarded; and a PCP call for smart city mobility in its prototype phase.
 * English with a Russian summary; loaded once, when the demo data is on.
 */
@Startup
@Singleton
@DependsOn("CohortDemoData")
@TransactionManagement(TransactionManagementType.BEAN)
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class ProcurementDemoData {

    static final String CHATBOT = "Digital Outcomes: citizen-services chatbot";
    static final String FEEDBACK = "Digital Outcomes: resident feedback analytics";
    static final String PCP = "PCP for smart city mobility";

    private static final String DEPARTMENT = "department" + DemoData.DEMO_DOMAIN;
    private static final String JUROR = "juror" + DemoData.DEMO_DOMAIN;

    @EJB
    private StartupData startup;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @EJB
    private TenderService tenders;

    @EJB
    private BidService bids;

    @EJB
    private TenderEvaluationService evaluation;

    @EJB
    private PcpService pcp;

    @EJB
    private JuryService jury;

    @EJB
    private PersonService people;

    /** Each step is one transaction of its own, as the people's own actions would be. */
    @PostConstruct
    void loadOnFirstStart() {
        boolean demo = startup.here() && ConfigProvider.getConfig().getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE);
        if (!demo || tenders.exists(CHATBOT) || people.findByEmail(DEPARTMENT).isEmpty() || people.findByEmail(JUROR).isEmpty()) {
            return;
        }
        inTransaction(this::openChatbot);
        Long[] lots = new Long[2];
        inTransaction(() -> lots[0] = pastFeedback().getId());
        inTransaction(() -> evaluateAndAward(lots[0]));
        inTransaction(() -> lots[1] = pastPcp().getId());
        inTransaction(() -> gate(lots[1], new int[] {8, 6, 5, 4}));
        inTransaction(() -> fund(lots[1], PcpPhase.SOLUTION_EXPLORATION, new BigDecimal("60000")));
        inTransaction(() -> gate(lots[1], new int[] {7, 8, 5}));
        inTransaction(() -> fund(lots[1], PcpPhase.PROTOTYPE, new BigDecimal("300000")));
    }

    /** One step of the demo data in its own transaction: committed, or rolled back whatever went wrong. */
    private void inTransaction(Runnable step) {
        boolean committed = false;
        try {
            transaction.begin();
            step.run();
            transaction.commit();
            committed = true;
        } catch (NotSupportedException | SystemException | RollbackException | HeuristicMixedException | HeuristicRollbackException e) {
            throw new IllegalStateException("procurement demo data", e);
        } finally {
            if (!committed) {
                rollback();
            }
        }
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (SystemException | IllegalStateException alreadyOver) {
            // the transaction ended already (a failed commit rolls back itself): nothing more to undo
        }
    }

    /** The open chatbot opportunity: two lots, a question answered, two sealed bids. */
    private void openChatbot() {
        Long challenge = tenders.myChallenges(DEPARTMENT).stream().findFirst().map(Challenge::getId).orElse(null);
        Tender tender = tenders.create(new TenderDetails(CHATBOT,
                "The City of Amsterdam wants a chatbot that answers residents' questions about its services (permits, waste, parking) "
                        + "in Dutch and English, hands over to a person when it cannot help, and learns from the questions it gets. "
                        + "Discovery first (user research with residents and the contact centre), then an alpha and a beta.\n\n"
                        + "RU: Город Амстердам ищет чат-бот, который отвечает жителям на вопросы о городских услугах (разрешения, вывоз "
                        + "мусора, парковка), передаёт разговор сотруднику, когда не может помочь, и учится на вопросах жителей.",
                new BigDecimal("150000"), "EUR", Clock.now().plusDays(30).withHour(12).withMinute(0).withSecond(0).withNano(0),
                Procedure.OPEN, Category.DIGITAL_OUTCOMES).forChallenge(challenge), DEPARTMENT);
        tenders.addLot(tender.getId(), "Discovery and user research", new BigDecimal("40000"), DEPARTMENT);
        tenders.addLot(tender.getId(), "Alpha and beta of the chatbot", new BigDecimal("110000"), DEPARTMENT);
        tenders.setCriteria(tender.getId(), List.of("Technical merit", "Price", "Social value"), List.of(50, 30, 20), DEPARTMENT);
        tenders.publish(tender.getId(), DEPARTMENT);
        Question question = tenders.ask(tender.getId(), "May a startup bid for the discovery lot only, without the alpha and beta?",
                "founder" + DemoData.DEMO_DOMAIN);
        tenders.answer(question.getId(), "Yes. Each lot is awarded on its own; you may bid for one lot or both.", DEPARTMENT);
        List<Lot> lots = tenders.published(tender.getId()).getLots();
        bids.submit(lots.get(0).getId(), new BigDecimal("36500"), "Six weeks of discovery with residents and the contact centre.", null, null,
                "founder" + DemoData.DEMO_DOMAIN);
        bids.submit(lots.get(1).getId(), new BigDecimal("98000"), "An alpha in eight weeks, a beta in twelve, open source.", null, null,
                "t.becker" + DemoData.DEMO_DOMAIN);
    }

    /** A closed opportunity as it stood at its deadline three weeks ago, with two bids. Returns its lot. */
    private Lot pastFeedback() {
        LocalDateTime created = Clock.now().minusDays(50);
        Tender tender = new Tender(tenders.department(DEPARTMENT), new TenderDetails(FEEDBACK,
                "Analytics of residents' feedback on city services: what they complain about, where and how it changes.\n\n"
                        + "RU: Аналитика обратной связи жителей о городских услугах: на что жалуются, где и как это меняется.",
                new BigDecimal("60000"), "EUR", Clock.now().minusDays(21), Procedure.OPEN, Category.USER_RESEARCH), null, created);
        tender.addLot("Feedback analytics service", new BigDecimal("60000"));
        tender.replaceCriteria(List.of(new RoundCriterion("c1", "Technical merit", 60), new RoundCriterion("c2", "Price", 40)));
        tender.publish(created);
        em.persist(tender);
        Lot lot = tender.getLots().get(0);
        bid(lot, "l.petrova", new BigDecimal("52000"), "Topic models on every message, a weekly report per district.", created.plusDays(10));
        bid(lot, "k.mensah", new BigDecimal("45000"), "A dashboard of complaints on the city map.", created.plusDays(12));
        em.flush();
        return lot;
    }

    /** The jury (the demo juror) scores the opened bids; the department awards the best. */
    private void evaluateAndAward(Long lotId) {
        Lot lot = tenders.lotFor(lotId, DEPARTMENT);
        bids.open(lotId, DEPARTMENT);
        evaluation.addJuror(lot.getTender().getId(), JUROR, DEPARTMENT);
        evaluation.openScoring(lotId, DEPARTMENT);
        score(lot, new int[] {8, 6});
        evaluation.closeScoring(lotId, DEPARTMENT);
        evaluation.award(lotId, DEPARTMENT);
    }

    /** The PCP call as it stood at its deadline two months ago, with four entry bids. Returns its lot. */
    private Lot pastPcp() {
        LocalDateTime created = Clock.now().minusDays(120);
        Tender tender = new Tender(tenders.department(DEPARTMENT), new TenderDetails(PCP,
                "A pre-commercial procurement after the EU's PCP calls: research and development of new mobility services for a "
                        + "smart city (multimodal journey planning, demand-responsive transport, open data), in three phases with "
                        + "competition at each stage gate: 3 suppliers explore solutions, 2 build prototypes, 1 develops and tests "
                        + "an original series.\n\n"
                        + "RU: Предкоммерческая закупка по образцу конкурсов PCP Евросоюза: исследования и разработки новых сервисов "
                        + "мобильности для умного города, три фазы с конкурсным отбором на каждом этапе.",
                new BigDecimal("1260000"), "EUR", Clock.now().minusDays(60), Procedure.OPEN, Category.RESEARCH_AND_DEVELOPMENT), null, created);
        tender.addLot(PCP, new BigDecimal("1260000"));
        tender.replaceCriteria(List.of(new RoundCriterion("c1", "Innovation", 40), new RoundCriterion("c2", "Feasibility", 40),
                new RoundCriterion("c3", "Value for money", 20)));
        tender.publish(created);
        em.persist(tender);
        em.persist(new PcpCall(tender, new int[] {3, 2, 1},
                new BigDecimal[] {new BigDecimal("180000"), new BigDecimal("600000"), new BigDecimal("480000")}));
        Lot lot = tender.getLots().get(0);
        bid(lot, "t.becker", new BigDecimal("60000"), "Multimodal journey planning on open data.", created.plusDays(20));
        bid(lot, "founder", new BigDecimal("58000"), "Permits for shared mobility operators online.", created.plusDays(21));
        bid(lot, "k.mensah", new BigDecimal("55000"), "Sensors for demand-responsive buses.", created.plusDays(22));
        bid(lot, "l.petrova", new BigDecimal("60000"), "Riders' feedback in every vehicle.", created.plusDays(23));
        em.flush();
        return lot;
    }

    /** The next stage gate: bids opened (the first time), the jury scores, the gate keeps the top N. */
    private void gate(Long lotId, int[] scores) {
        Lot lot = tenders.lotFor(lotId, DEPARTMENT);
        PcpCall call = pcp.ofTender(lot.getTender()).orElseThrow();
        if (!lot.isOpened()) {
            bids.open(lotId, DEPARTMENT);
            evaluation.addJuror(lot.getTender().getId(), JUROR, DEPARTMENT);
        }
        evaluation.openScoring(lotId, DEPARTMENT);
        score(lot, scores);
        evaluation.closeScoring(lotId, DEPARTMENT);
        pcp.passGate(call.getId(), DEPARTMENT);
    }

    /** The money awarded to each active supplier for a phase. */
    private void fund(Long lotId, PcpPhase phase, BigDecimal each) {
        Lot lot = tenders.lotFor(lotId, DEPARTMENT);
        PcpCall call = pcp.ofTender(lot.getTender()).orElseThrow();
        pcp.suppliers(call).stream().filter(PcpSupplier::isActive).forEach(s -> pcp.fund(s.getId(), phase, each, DEPARTMENT));
    }

    private void bid(Lot lot, String login, BigDecimal price, String summary, LocalDateTime at) {
        Person bidder = people.findByEmail(login + DemoData.DEMO_DOMAIN).orElseThrow();
        Bid bid = Bid.submit(lot, bidder.getOrganisation(), null, bidder.getEmail(), price, summary, at);
        em.persist(bid);
    }

    /** The demo juror submits the open sheets in the order of the bids, with these scores on every criterion. */
    private void score(Lot lot, int[] scores) {
        List<Bid> ordered = bids.submitted(lot);
        List<Scoresheet> sheets = new ArrayList<>(jury.openSheetsOf(JUROR));
        for (Scoresheet sheet : sheets) {
            Optional<Bid> bid = ordered.stream().filter(b -> b.getId() == sheet.getSubjectId()).findFirst();
            if (bid.isEmpty() || !sheet.getRound().getOwner().equals(lot.owner())) {
                continue;
            }
            int score = scores[Math.min(ordered.indexOf(bid.get()), scores.length - 1)];
            Map<String, Integer> card = new java.util.LinkedHashMap<>();
            lot.getTender().getCriteria().forEach(c -> card.put(c.getCode(), score));
            jury.submit(sheet.getId(), JUROR, card, Map.of());
        }
    }
}
