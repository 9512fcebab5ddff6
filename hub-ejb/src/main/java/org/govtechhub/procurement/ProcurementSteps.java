package org.govtechhub.procurement;

import org.govtechhub.funnel.FunnelStage;
import org.govtechhub.funnel.FunnelStep;

/** What the procurement context tells the innovation funnel: a contract awarded (a tender's lot, a PCP's final phase). */
final class ProcurementSteps {

    private ProcurementSteps() {
    }

    static String ref(Tender tender) {
        return FunnelStep.ref("tender", tender.getId());
    }

    private static FunnelStep contract(Tender tender, String why) {
        FunnelStep step = FunnelStep.of(ref(tender), FunnelStage.CONTRACT, tender.getTitle())
                .department(tender.getDepartment().getId()).because(why);
        return tender.getChallenge() == null ? step : step.from(FunnelStep.ref("challenge", tender.getChallenge().getId()));
    }

    /** A lot awarded: the contract with its winner and price. */
    static FunnelStep awarded(Lot lot) {
        Tender tender = lot.getTender();
        return contract(tender, "lot " + lot.getPosition() + " " + lot.getTitle() + " awarded to " + lot.getWinner().getBidder().getName()
                + " at " + lot.getAwardedPrice().toPlainString() + " " + tender.getCurrency());
    }

    /** A PCP call's final phase awarded to the suppliers kept at its last gate. */
    static FunnelStep finalPhase(PcpCall call, int suppliers) {
        return contract(call.getTender(), "pre-commercial procurement: original development and test series awarded to " + suppliers
                + " supplier(s)");
    }
}
