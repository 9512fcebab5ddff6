package org.govtechhub.procurement;

import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A department's opportunity and the bids on its lots: the deadline, sealed bids, one bid per startup and lot. */
class TenderTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 12, 0);
    private final Organisation department = new Organisation("City of Amsterdam", OrganisationKind.DEPARTMENT);
    private final Organisation startup = new Organisation("OpenPermit Labs", OrganisationKind.STARTUP);
    private final Organisation other = new Organisation("GreenRoute Mobility", OrganisationKind.STARTUP);

    private static TenderDetails details(LocalDateTime deadline) {
        return new TenderDetails("Citizen-services chatbot", "A chatbot for the city's services.", new BigDecimal("100000"), "eur", deadline,
                Procedure.OPEN, Category.DIGITAL_OUTCOMES);
    }

    private Tender published(LocalDateTime deadline) {
        Tender tender = new Tender(department, details(deadline), null, NOW);
        tender.addLot("Discovery", new BigDecimal("40000"));
        tender.addLot("Alpha and beta", new BigDecimal("60000"));
        tender.replaceCriteria(List.of(new RoundCriterion("c1", "Technical merit", 60), new RoundCriterion("c2", "Price", 40)));
        tender.publish(NOW);
        return tender;
    }

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void aDraftNeedsAFutureDeadlineAValidCurrencyLotsWithinTheBudgetAndCriteriaSummingToAHundred() {
        assertEquals("procurement.tender.deadlinePast", key(() -> new Tender(department, details(NOW.minusMinutes(1)), null, NOW)));
        TenderDetails badCurrency = details(NOW.plusDays(10));
        badCurrency.setCurrency("EURO");
        assertEquals("procurement.tender.currencyInvalid", key(() -> new Tender(department, badCurrency, null, NOW)));
        Tender tender = new Tender(department, details(NOW.plusDays(10)), null, NOW);
        assertEquals("EUR", tender.getCurrency());
        assertEquals("procurement.tender.noLots", key(() -> tender.publish(NOW)));
        tender.addLot("Discovery", new BigDecimal("70000"));
        assertEquals("procurement.lot.overBudget", key(() -> tender.addLot("Beta", new BigDecimal("30000.01"))));
        assertEquals("procurement.criteria.none", key(() -> tender.publish(NOW)));
        assertEquals("procurement.criteria.weights", key(() -> tender.replaceCriteria(List.of(new RoundCriterion("c1", "Quality", 90)))));
        tender.replaceCriteria(List.of(new RoundCriterion("c1", "Quality", 100)));
        tender.publish(NOW);
        assertTrue(tender.isOpenForBids(NOW));
        assertEquals("procurement.tender.notDraft", key(() -> tender.addLot("Late lot", BigDecimal.ONE)), "published terms do not change");
    }

    @Test
    void aBidAfterTheDeadlineIsRefusedNamingTheDeadline() {
        Tender tender = published(NOW.plusHours(1));
        Lot lot = tender.getLots().get(0);
        Bid.submit(lot, startup, null, "founder@example.org", new BigDecimal("35000"), null, NOW.plusMinutes(59));
        BusinessException late = assertThrows(BusinessException.class,
                () -> Bid.submit(lot, other, null, "other@example.org", new BigDecimal("30000"), null, NOW.plusHours(1)));
        assertEquals("procurement.bid.late", late.getMessageKey());
        assertEquals("2026-12-07 13:00:00 UTC", late.getParameters()[1]);
    }

    @Test
    void aBidOnACancelledLotIsRefused() {
        Tender tender = published(NOW.plusDays(5));
        Lot lot = tender.getLots().get(1);
        lot.cancel("The service will be built in-house.");
        assertEquals("procurement.bid.lotClosed", key(() -> Bid.submit(lot, startup, null, "f@example.org", BigDecimal.TEN, null, NOW)));
    }

    @Test
    void oneBidPerStartupAndLotWhichMayBeWithdrawnAndSubmittedAgainBeforeTheDeadline() {
        Tender tender = published(NOW.plusDays(5));
        Lot lot = tender.getLots().get(0);
        Bid first = Bid.submit(lot, startup, null, "f@example.org", new BigDecimal("39000"), "First offer", NOW);
        assertEquals("procurement.bid.duplicate", key(() -> Bid.submit(lot, startup, first, "f@example.org", BigDecimal.TEN, null, NOW)));
        first.withdraw(NOW.plusHours(1));
        Bid again = Bid.submit(lot, startup, first, "f@example.org", new BigDecimal("37500"), "Better offer", NOW.plusHours(2));
        assertSame(first, again, "the same bid, submitted again");
        assertEquals(BidStatus.SUBMITTED, again.getStatus());
        assertEquals(new BigDecimal("37500"), again.priceFor(startup), "the bidder reads its own price");
        assertEquals("procurement.bid.late", key(() -> again.withdraw(NOW.plusDays(5))), "no withdrawal after the deadline");
    }

    @Test
    void bidsAreSealedUntilTheDeadlineAndOpenedOnlyAfterIt() {
        Tender tender = published(NOW.plusDays(1));
        Lot lot = tender.getLots().get(0);
        Bid bid = Bid.submit(lot, startup, null, "f@example.org", new BigDecimal("38000"), "Offer", NOW);
        assertEquals("procurement.bid.sealed", key(bid::openedPrice), "nobody reads the price before the opening");
        assertEquals("procurement.bid.sealed", key(() -> bid.priceFor(other)));
        assertEquals("procurement.bid.sealed", key(() -> bid.priceFor(department)), "not the department either");
        assertEquals("procurement.bid.sealed", key(() -> lot.open("department@example.org", NOW.plusHours(23), 1)));
        assertFalse(lot.isOpened());
        BidOpening opening = lot.open("department@example.org", NOW.plusDays(1), 1);
        assertEquals("department@example.org", opening.getOpenedBy());
        assertTrue(lot.isOpened());
        assertEquals(new BigDecimal("38000"), bid.openedPrice());
        lot.award(bid, NOW.plusDays(3));
        assertEquals(LotStatus.AWARDED, lot.getStatus());
        assertEquals(new BigDecimal("38000"), lot.getAwardedPrice());
    }
}
