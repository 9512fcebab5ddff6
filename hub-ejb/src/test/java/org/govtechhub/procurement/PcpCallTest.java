package org.govtechhub.procurement;

import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A PCP call's stage gates: the top N of each gate's ranking are kept, never more than the phase before, within budget. */
class PcpCallTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 12, 0);
    private static final BigDecimal[] BUDGETS = {new BigDecimal("250000"), new BigDecimal("600000"), new BigDecimal("1200000")};

    private final Tender tender = new Tender(new Organisation("Transport Scotland", OrganisationKind.DEPARTMENT),
            new TenderDetails("PCP for smart city mobility", null, new BigDecimal("2050000"), "EUR", NOW.plusDays(30), Procedure.OPEN,
                    Category.RESEARCH_AND_DEVELOPMENT), null, NOW);

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void eachGateKeepsTheTopNOfItsRankingAndTheCallMovesOnPhaseByPhase() {
        PcpCall call = new PcpCall(tender, new int[] {5, 3, 2}, BUDGETS);
        assertEquals(PcpPhase.SOLUTION_EXPLORATION, call.nextGate());
        assertEquals(List.of(11L, 12L, 13L, 14L, 15L), call.passGate(List.of(11L, 12L, 13L, 14L, 15L, 16L, 17L)));
        assertEquals(PcpPhase.SOLUTION_EXPLORATION, call.getPhase());
        assertEquals(List.of(14L, 11L, 15L), call.passGate(List.of(14L, 11L, 15L, 12L, 13L)));
        assertEquals(PcpPhase.PROTOTYPE, call.getPhase());
        assertFalse(call.isComplete());
        assertEquals(List.of(15L), call.passGate(List.of(15L)), "fewer ranked than places: all of them");
        assertTrue(call.isComplete());
        assertEquals("procurement.pcp.completed", key(call::nextGate));
    }

    @Test
    void aGateWithNobodyRankedIsRefused() {
        PcpCall call = new PcpCall(tender, new int[] {5, 3, 2}, BUDGETS);
        assertEquals("procurement.pcp.nobodyRanked", key(() -> call.passGate(List.of())));
        assertEquals(null, call.getPhase(), "nothing moved");
    }

    @Test
    void morePhaseSuppliersThanThePhaseBeforeAndNonPositiveBudgetsAreRefused() {
        assertEquals("procurement.pcp.keepInvalid", key(() -> new PcpCall(tender, new int[] {3, 5, 2}, BUDGETS)));
        assertEquals("procurement.pcp.keepInvalid", key(() -> new PcpCall(tender, new int[] {3, 2, 0}, BUDGETS)));
        assertEquals("procurement.pcp.budgetInvalid",
                key(() -> new PcpCall(tender, new int[] {3, 2, 1}, new BigDecimal[] {BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE})));
    }

    @Test
    void moneyIsRecordedPerSupplierForPhasesItReachedAndAPhaseNeverExceedsItsBudget() {
        PcpCall call = new PcpCall(tender, new int[] {5, 3, 2}, BUDGETS);
        tender.addLot("The call", new BigDecimal("2050000"));
        tender.replaceCriteria(List.of(new org.govtechhub.evaluation.RoundCriterion("c1", "Innovation", 100)));
        tender.publish(NOW);
        Bid bid = Bid.submit(tender.getLots().get(0), new Organisation("GreenRoute Mobility", OrganisationKind.STARTUP), null, "f@example.org",
                new BigDecimal("50000"), null, NOW);
        PcpSupplier supplier = new PcpSupplier(call, bid);
        supplier.fund(PcpPhase.SOLUTION_EXPLORATION, new BigDecimal("50000"));
        assertEquals("procurement.pcp.phaseNotReached", key(() -> supplier.fund(PcpPhase.PROTOTYPE, new BigDecimal("200000"))));
        supplier.keep(PcpPhase.PROTOTYPE);
        supplier.fund(PcpPhase.PROTOTYPE, new BigDecimal("200000"));
        assertEquals(new BigDecimal("250000"), supplier.getTotal());
        call.checkBudget(PcpPhase.SOLUTION_EXPLORATION, new BigDecimal("250000"));
        assertEquals("procurement.pcp.overBudget", key(() -> call.checkBudget(PcpPhase.SOLUTION_EXPLORATION, new BigDecimal("250000.01"))));
        supplier.drop();
        assertFalse(supplier.isActive());
        assertTrue(supplier.hasReached(PcpPhase.PROTOTYPE));
    }
}
