package org.govtechhub.marketplace;

import org.govtechhub.funnel.FunnelStage;
import org.govtechhub.funnel.FunnelStep;

import java.util.Optional;

/**
 * What the marketplace tells the innovation funnel: a department's request contracted (CONTRACT), and a request gone
 * live in a department other than the one that piloted the solution (ADOPTION); both come from the pilot's outcome
 * when the solution is proven.
 */
final class MarketplaceSteps {

    private MarketplaceSteps() {
    }

    static String ref(SolutionRequest request) {
        return FunnelStep.ref("solution-request", request.getId());
    }

    static Optional<FunnelStep> moved(SolutionRequest request) {
        Solution solution = request.getSolution();
        String from = solution.getOutcome() == null ? null : FunnelStep.ref("outcome", solution.getOutcome().getId());
        FunnelStage stage = switch (request.getStatus()) {
            case CONTRACTED -> FunnelStage.CONTRACT;
            case LIVE -> request.isAdoptionElsewhere() ? FunnelStage.ADOPTION : null;
            default -> null;
        };
        if (stage == null) {
            return Optional.empty();
        }
        String why = (stage == FunnelStage.CONTRACT ? "contracted through the marketplace by " : "live in ")
                + request.getDepartment().getName();
        return Optional.of(FunnelStep.of(ref(request), stage, solution.getName()).from(from)
                .department(request.getDepartment().getId()).because(why));
    }
}
