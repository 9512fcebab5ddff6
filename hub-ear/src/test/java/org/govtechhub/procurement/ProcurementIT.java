package org.govtechhub.procurement;

import jakarta.inject.Inject;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.CohortFixture;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.funnel.FunnelService;
import org.govtechhub.funnel.FunnelStage;
import org.govtechhub.funnel.Initiative;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.AuditEntry;
import org.govtechhub.shared.AuditService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Notification;
import org.govtechhub.shared.NotificationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open contracts and pre-commercial procurement on the real server and database: a department publishes an
 * opportunity and the subscribers of its category are told; questions and answers are public without the asker; a
 * late bid and a bid on a cancelled lot are refused; a sealed bid cannot be read before the deadline, not even by the
 * department; every opening is audited; the jury scores through the evaluation context with a conflicted juror
 * forbidden and a declared conflict recused; the award is published, the bidders told, the funnel shows the contract;
 * a PCP call's gates keep the top N and record the money per phase.
 */
@ExtendWith(ArquillianExtension.class)
class ProcurementIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(ProcurementIT.class, ProcurementFixture.class, CohortFixture.class).build();
    }

    @Inject
    private ProcurementFixture fixture;

    @Inject
    private CohortFixture cohorts;

    @Inject
    private TenderService tenders;

    @Inject
    private BidService bids;

    @Inject
    private TenderEvaluationService evaluation;

    @Inject
    private PcpService pcp;

    @Inject
    private JuryService jury;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditService audit;

    @Inject
    private FunnelService funnel;

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    private List<String> keysOf(Person person) {
        return notifications.latestFor(person.getEmail()).stream().map(Notification::getMessageKey).toList();
    }

    @Test
    void publishingTellsTheCategorysSubscribersAndQuestionsAndAnswersArePublicWithoutTheAsker() {
        Person staff = fixture.departmentStaff();
        Person subscriber = fixture.founder("OpenPermit Labs");
        Person elsewhere = fixture.founder("FloodWatch Sensors");
        tenders.subscribe(EnumSet.of(Category.DIGITAL_OUTCOMES, Category.USER_RESEARCH), subscriber.getEmail());
        tenders.subscribe(EnumSet.of(Category.CLOUD_HOSTING), elsewhere.getEmail());
        assertEquals(EnumSet.of(Category.DIGITAL_OUTCOMES, Category.USER_RESEARCH), tenders.subscriptions(subscriber.getEmail()));

        Tender tender = fixture.published(staff, Category.DIGITAL_OUTCOMES, 3600, "Discovery", "Alpha and beta");
        assertTrue(keysOf(subscriber).contains("notification.procurement.published"), "a subscriber of the category is told");
        assertFalse(keysOf(elsewhere).contains("notification.procurement.published"), "others are not");

        TenderFilter digital = new TenderFilter().category(Category.DIGITAL_OUTCOMES);
        digital.setMinBudget(new BigDecimal("99999"));
        digital.setMaxBudget(new BigDecimal("100000"));
        long count = tenders.countOpen(digital);
        assertTrue(count >= 1);
        assertTrue(tenders.open(digital, 0, (int) Math.min(count, 100)).contains(tender) || count > 100);
        TenderFilter restricted = new TenderFilter().category(Category.DIGITAL_OUTCOMES);
        restricted.setProcedure(Procedure.RESTRICTED);
        assertFalse(tenders.open(restricted, 0, 100).contains(tender), "filtered out by procedure");
        digital.setMinBudget(new BigDecimal("100001"));
        assertFalse(tenders.open(digital, 0, 100).contains(tender), "filtered out by budget");

        assertEquals("procurement.notAStartup", key(() -> tenders.ask(tender.getId(), "May a consortium bid?", staff.getEmail())));
        assertEquals("procurement.question.required", key(() -> tenders.ask(tender.getId(), "  ", subscriber.getEmail())));
        Question question = tenders.ask(tender.getId(), "May a consortium bid for both lots?", subscriber.getEmail());
        Person otherStaff = fixture.departmentStaff();
        assertEquals("error.notFound", key(() -> tenders.answer(question.getId(), "Yes.", otherStaff.getEmail())), "another department's");
        tenders.answer(question.getId(), "Yes, a consortium may bid for one lot or both.", staff.getEmail());
        List<Question> shown = tenders.questions(tenders.published(tender.getId()));
        assertEquals(List.of("May a consortium bid for both lots?"), shown.stream().map(Question::getText).toList());
        assertEquals("Yes, a consortium may bid for one lot or both.", shown.get(0).getAnswer());
        assertTrue(Arrays.stream(Question.class.getMethods()).filter(m -> !m.getName().startsWith("_persistence"))
                        .noneMatch(m -> m.getName().toLowerCase().contains("asker")),
                "nothing public names the asker");
        assertTrue(keysOf(subscriber).contains("notification.procurement.answered"));
    }

    @Test
    void lateBidsAndBidsOnACancelledLotAreRefusedAndSealedBidsAreReadOnlyAfterAnAuditedOpening() throws Exception {
        Person staff = fixture.departmentStaff();
        Person founder = fixture.founder("OpenPermit Labs");
        Person rival = fixture.founder("GreenRoute Mobility");
        Tender tender = fixture.published(staff, Category.DIGITAL_OUTCOMES, 6, "Discovery", "Alpha and beta");
        Lot discovery = tender.getLots().get(0);
        Lot alpha = tender.getLots().get(1);

        Bid bid = bids.submit(discovery.getId(), new BigDecimal("38000"), "Two sprints of discovery", "offer.pdf", ProcurementFixture.pdf(),
                founder.getEmail());
        assertEquals("procurement.bid.duplicate", key(() -> bids.submit(discovery.getId(), BigDecimal.TEN, null, null, null, founder.getEmail())));
        assertEquals("procurement.document.notPdf", key(() -> bids.submit(discovery.getId(), BigDecimal.TEN, null, "offer.docx",
                "PK not a pdf".getBytes(), rival.getEmail())));
        assertTrue(bids.myBid(discovery.getId(), rival.getEmail()).isEmpty(), "nothing refused was kept");
        bids.submit(discovery.getId(), new BigDecimal("36000"), null, null, null, rival.getEmail());

        tenders.cancelLot(alpha.getId(), "The department builds this part in-house.", staff.getEmail());
        assertEquals("procurement.bid.lotClosed", key(() -> bids.submit(alpha.getId(), BigDecimal.TEN, null, null, null, founder.getEmail())));

        Long documentId = bids.documents(bid).get(0).getId();
        assertEquals("procurement.bid.sealed", key(() -> bids.openedBids(discovery.getId(), staff.getEmail())), "sealed for the department");
        assertEquals("procurement.bid.sealed", key(() -> bids.open(discovery.getId(), staff.getEmail())), "no opening before the deadline");
        assertEquals("procurement.bid.sealed", key(() -> bids.document(documentId, staff.getEmail())));
        assertEquals("error.notFound", key(() -> bids.document(documentId, rival.getEmail())));
        Person manager = fixture.member((org.govtechhub.identity.Organisation) null, "Priya Manager", Role.PROGRAM_MANAGER);
        assertEquals("error.notFound", key(() -> bids.document(documentId, manager.getEmail())), "nor the manager");
        assertEquals("procurement.bid.sealed", key(() -> bids.find(bid.getId()).orElseThrow().openedPrice()));
        assertEquals(ProcurementFixture.pdf().length, bids.document(documentId, founder.getEmail()).getContent().length, "the bidder reads its own");

        ProcurementFixture.waitUntil(tender.getDeadline());
        BusinessException late = assertThrows(BusinessException.class,
                () -> bids.submit(discovery.getId(), BigDecimal.TEN, null, null, null, fixture.founder("Late Ltd").getEmail()));
        assertEquals("procurement.bid.late", late.getMessageKey());
        assertEquals(tender.deadlineText(), late.getParameters()[1]);
        assertEquals("procurement.bid.late", key(() -> bids.withdraw(bid.getId(), founder.getEmail())));

        Person otherStaff = fixture.departmentStaff();
        assertEquals("error.notFound", key(() -> bids.open(discovery.getId(), otherStaff.getEmail())));
        bids.open(discovery.getId(), staff.getEmail());
        bids.open(discovery.getId(), staff.getEmail());
        List<BidOpening> log = bids.openings(tender.getId(), staff.getEmail());
        assertEquals(2, log.size(), "every opening is logged");
        assertEquals(staff.getEmail(), log.get(0).getOpenedBy());
        assertEquals(2, log.get(0).getBidCount());
        List<AuditEntry> audited = audit.historyOf("Lot", discovery.getId()).stream()
                .filter(e -> e.getDetails() != null && e.getDetails().startsWith("sealed bids opened")).toList();
        assertEquals(2, audited.size());
        assertTrue(audited.get(0).getDetails().contains(staff.getEmail()));
        Map<String, BigDecimal> prices = bids.openedBids(discovery.getId(), staff.getEmail()).stream()
                .collect(Collectors.toMap(b -> b.getBidder().getName(), Bid::openedPrice));
        assertEquals(0, new BigDecimal("38000").compareTo(prices.get(bid.getBidder().getName())));
        assertEquals(ProcurementFixture.pdf().length, bids.document(documentId, staff.getEmail()).getContent().length);
    }

    @Test
    void theJuryScoresThroughTheEvaluationContextAndTheAwardIsPublishedToldAndAContractInTheFunnel() throws Exception {
        Cohort cohort = cohorts.openCohort();
        var department = cohorts.department("Transport Scotland");
        Person staff = cohorts.staff(department, "Head of procurement");
        Challenge challenge = cohorts.published(cohort, staff, CohortFixture.unique("Smarter bus stops"));
        Person founder = fixture.founder("OpenPermit Labs");
        Person rival = fixture.founder("GreenRoute Mobility");
        Tender tender = fixture.published(staff, Category.DIGITAL_OUTCOMES, org.govtechhub.shared.Clock.now().plusSeconds(6), challenge.getId(),
                "Bus stop displays");
        Lot lot = tender.getLots().get(0);
        Bid good = bids.submit(lot.getId(), new BigDecimal("9000"), "Displays with open data", null, null, founder.getEmail());
        Bid other = bids.submit(lot.getId(), new BigDecimal("8000"), "Cheaper displays", null, null, rival.getEmail());

        Person ofRival = fixture.member(rival.getOrganisation(), "Juror of the rival", Role.JUROR);
        assertEquals("procurement.jury.conflicted", key(() -> evaluation.addJuror(tender.getId(), ofRival.getEmail(), staff.getEmail())),
                "a juror of a bidding organisation is forbidden");
        assertEquals("procurement.jury.notAJuror", key(() -> evaluation.addJuror(tender.getId(), founder.getEmail(), staff.getEmail())));
        Person first = fixture.member((org.govtechhub.identity.Organisation) null, "Lucas Juror", Role.JUROR);
        Person second = fixture.member((org.govtechhub.identity.Organisation) null, "Ewan Juror", Role.JUROR);
        Person third = fixture.member((org.govtechhub.identity.Organisation) null, "Anna Juror", Role.JUROR);
        for (Person juror : List.of(first, second, third)) {
            evaluation.addJuror(tender.getId(), juror.getEmail(), staff.getEmail());
        }
        assertEquals("procurement.bid.sealed", key(() -> evaluation.openScoring(lot.getId(), staff.getEmail())), "not before the opening");

        ProcurementFixture.waitUntil(tender.getDeadline());
        bids.open(lot.getId(), staff.getEmail());
        var round = evaluation.openScoring(lot.getId(), staff.getEmail());
        assertEquals(Set.of(good.getId(), other.getId()), round.getSubjects());
        assertEquals(6, jury.sheets(round).size(), "three jurors × two bids");
        assertTrue(jury.tasks(first.getEmail()).stream().anyMatch(t -> t.subject().title().equals(founder.getOrganisation().getName())),
                "the juror sees the bid in the jury pages");
        jury.declareAsJuror(lot.owner(), other.getId(), third.getEmail(), ConflictType.PROFESSIONAL, "I advised GreenRoute last year.");
        assertTrue(jury.sheets(round).stream().anyMatch(s -> s.getJuror().equals(third) && s.getSubjectId() == other.getId()
                && s.getStatus() == SheetStatus.RECUSED), "a declared conflict recuses");

        fixture.score(first, id -> id.equals(good.getId()) ? 8 : 5);
        fixture.score(second, id -> id.equals(good.getId()) ? 7 : 4);
        fixture.score(third, id -> 6);
        assertEquals("evaluation.round.notClosed", key(() -> evaluation.award(lot.getId(), staff.getEmail())));
        evaluation.closeScoring(lot.getId(), staff.getEmail());
        assertEquals(good.getId(), evaluation.standings(lot.getId(), staff.getEmail()).get(0).bid().getId());

        Lot awarded = evaluation.award(lot.getId(), staff.getEmail());
        assertEquals(LotStatus.AWARDED, awarded.getStatus());
        Lot shown = tenders.published(tender.getId()).getLots().get(0);
        assertEquals(founder.getOrganisation().getName(), shown.getWinner().getBidder().getName(), "the award is public");
        assertEquals(0, new BigDecimal("9000").compareTo(shown.getAwardedPrice()));
        assertTrue(keysOf(founder).contains("notification.procurement.won"));
        assertTrue(keysOf(rival).contains("notification.procurement.notWon"));
        assertEquals("procurement.lot.notOpen", key(() -> evaluation.award(lot.getId(), staff.getEmail())), "awarded once");

        List<Initiative> initiatives = funnel.withRef("tender:" + tender.getId());
        assertEquals(1, initiatives.size());
        assertEquals(FunnelStage.CONTRACT, initiatives.get(0).getStage());
        assertTrue(initiatives.get(0).getRefs().contains("challenge:" + challenge.getId()), "the contract follows the challenge");
    }

    @Test
    void aPcpCallsGatesKeepTheTopNAndRecordTheMoneyPerPhase() throws Exception {
        Person staff = fixture.departmentStaff();
        PcpCall call = pcp.create(new TenderDetails(ProcurementFixture.unique("PCP for smart city mobility"), "Three phases.", null, "EUR",
                org.govtechhub.shared.Clock.now().plusSeconds(8), Procedure.OPEN, Category.RESEARCH_AND_DEVELOPMENT),
                new int[] {2, 1, 1}, new BigDecimal[] {new BigDecimal("100000"), new BigDecimal("300000"), new BigDecimal("600000")}, staff.getEmail());
        Tender tender = call.getTender();
        assertEquals(0, new BigDecimal("1000000").compareTo(tender.getBudget()), "the phases' budgets together");
        tenders.setCriteria(tender.getId(), List.of("Innovation", "Feasibility"), List.of(50, 50), staff.getEmail());
        tenders.publish(tender.getId(), staff.getEmail());
        Lot lot = tender.getLots().get(0);
        Person a = fixture.founder("GreenRoute Mobility");
        Person b = fixture.founder("FloodWatch Sensors");
        Person c = fixture.founder("CivicSense Analytics");
        Bid bidA = bids.submit(lot.getId(), new BigDecimal("50000"), "Route planning", null, null, a.getEmail());
        Bid bidB = bids.submit(lot.getId(), new BigDecimal("50000"), "Sensors", null, null, b.getEmail());
        Bid bidC = bids.submit(lot.getId(), new BigDecimal("50000"), "Feedback", null, null, c.getEmail());
        Person juror = fixture.member((org.govtechhub.identity.Organisation) null, "Mikhail Juror", Role.JUROR);
        evaluation.addJuror(tender.getId(), juror.getEmail(), staff.getEmail());
        ProcurementFixture.waitUntil(tender.getDeadline());
        bids.open(lot.getId(), staff.getEmail());
        assertEquals("procurement.pcp.useGates", key(() -> evaluation.award(lot.getId(), staff.getEmail())));

        assertEquals("procurement.pcp.roundMissing", key(() -> pcp.passGate(call.getId(), staff.getEmail())));
        evaluation.openScoring(lot.getId(), staff.getEmail());
        fixture.score(juror, id -> id.equals(bidA.getId()) ? 8 : id.equals(bidB.getId()) ? 6 : 4);
        evaluation.closeScoring(lot.getId(), staff.getEmail());
        pcp.passGate(call.getId(), staff.getEmail());
        List<PcpSupplier> suppliers = pcp.suppliers(pcp.published(call.getId()));
        assertEquals(Set.of(bidA.getId(), bidB.getId()), suppliers.stream().map(s -> s.getBid().getId()).collect(Collectors.toSet()),
                "gate 1 keeps two");
        assertEquals(PcpPhase.SOLUTION_EXPLORATION, pcp.published(call.getId()).getPhase());
        assertTrue(keysOf(c).contains("notification.procurement.pcpDropped"));
        assertTrue(keysOf(a).contains("notification.procurement.pcpKept"));

        PcpSupplier supplierA = suppliers.stream().filter(s -> s.getBid().getId().equals(bidA.getId())).findFirst().orElseThrow();
        PcpSupplier supplierB = suppliers.stream().filter(s -> s.getBid().getId().equals(bidB.getId())).findFirst().orElseThrow();
        pcp.fund(supplierA.getId(), PcpPhase.SOLUTION_EXPLORATION, new BigDecimal("50000"), staff.getEmail());
        assertEquals("procurement.pcp.overBudget",
                key(() -> pcp.fund(supplierB.getId(), PcpPhase.SOLUTION_EXPLORATION, new BigDecimal("50000.01"), staff.getEmail())));
        pcp.fund(supplierB.getId(), PcpPhase.SOLUTION_EXPLORATION, new BigDecimal("50000"), staff.getEmail());
        assertEquals("procurement.pcp.phaseNotReached",
                key(() -> pcp.fund(supplierA.getId(), PcpPhase.PROTOTYPE, new BigDecimal("1000"), staff.getEmail())));

        var round2 = evaluation.openScoring(lot.getId(), staff.getEmail());
        assertEquals(2, round2.getNumber());
        assertEquals(Set.of(bidA.getId(), bidB.getId()), round2.getSubjects(), "only the suppliers kept compete at the next gate");
        fixture.score(juror, id -> id.equals(bidB.getId()) ? 8 : 5);
        evaluation.closeScoring(lot.getId(), staff.getEmail());
        pcp.passGate(call.getId(), staff.getEmail());
        PcpCall prototype = pcp.published(call.getId());
        assertEquals(PcpPhase.PROTOTYPE, prototype.getPhase());
        List<PcpSupplier> active = pcp.suppliers(prototype).stream().filter(PcpSupplier::isActive).toList();
        assertEquals(List.of(bidB.getId()), active.stream().map(s -> s.getBid().getId()).toList(), "gate 2 keeps one");
        pcp.fund(supplierB.getId(), PcpPhase.PROTOTYPE, new BigDecimal("250000"), staff.getEmail());
        assertEquals(0, new BigDecimal("100000").compareTo(pcp.awarded(prototype, PcpPhase.SOLUTION_EXPLORATION)));
        assertEquals(0, new BigDecimal("250000").compareTo(pcp.awarded(prototype, PcpPhase.PROTOTYPE)));
        assertTrue(funnel.withRef("tender:" + tender.getId()).isEmpty(), "no contract before the final phase");

        evaluation.openScoring(lot.getId(), staff.getEmail());
        fixture.score(juror, id -> 7);
        evaluation.closeScoring(lot.getId(), staff.getEmail());
        pcp.passGate(call.getId(), staff.getEmail());
        assertTrue(pcp.published(call.getId()).isComplete());
        assertEquals(FunnelStage.CONTRACT, funnel.withRef("tender:" + tender.getId()).get(0).getStage());
        assertEquals("procurement.pcp.completed", key(() -> pcp.passGate(call.getId(), staff.getEmail())));
    }
}
