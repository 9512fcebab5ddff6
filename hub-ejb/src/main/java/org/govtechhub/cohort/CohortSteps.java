package org.govtechhub.cohort;

import org.govtechhub.funnel.FunnelStage;
import org.govtechhub.funnel.FunnelStep;

import java.util.Optional;

/** What the cohort context's instruments tell the innovation funnel: a published challenge, an application, an outcome. */
final class CohortSteps {

    private CohortSteps() {
    }

    static String ref(Challenge challenge) {
        return FunnelStep.ref("challenge", challenge.getId());
    }

    static FunnelStep published(Challenge challenge) {
        Programme programme = challenge.getCohort().getProgramme();
        return FunnelStep.of(ref(challenge), FunnelStage.CHALLENGE, challenge.getTitle())
                .department(challenge.getDepartment() == null ? null : challenge.getDepartment().getId())
                .programme(programme.getId(), programme.getName()).because("published in " + challenge.getCohort().getName());
    }

    static FunnelStep submitted(Application application) {
        Challenge challenge = application.getChallenge();
        return FunnelStep.of(FunnelStep.ref("application", application.getId()), FunnelStage.APPLICATION, challenge.getTitle())
                .from(ref(challenge)).department(challenge.getDepartment() == null ? null : challenge.getDepartment().getId())
                .programme(challenge.getCohort().getProgramme().getId(), challenge.getCohort().getProgramme().getName())
                .because("application of " + application.getStartup().getName());
    }

    /** An outcome's furthest funnel stage: adoption, a contract, a pilot; nothing before a pilot. */
    static Optional<FunnelStep> recorded(Outcome outcome) {
        FunnelStage stage = outcome.getStage() == InnovationStage.ADOPTION_AND_SCALING ? FunnelStage.ADOPTION
                : outcome.getContractValue() != null || outcome.getContractSignedOn() != null ? FunnelStage.CONTRACT
                : outcome.getStage() == InnovationStage.PILOT || outcome.getPilotDepartment() != null ? FunnelStage.PILOT
                : null;
        if (stage == null) {
            return Optional.empty();
        }
        Application application = outcome.getApplication();
        String why = switch (stage) {
            case ADOPTION -> "adopted and scaling";
            case CONTRACT -> "contract " + (outcome.getContractValue() == null ? "" : outcome.getContractValue().toPlainString()) + " "
                    + (outcome.getContractSignedOn() == null ? "" : outcome.getContractSignedOn());
            default -> "pilot with " + (outcome.getPilotDepartment() == null ? "a department" : outcome.getPilotDepartment().getName());
        };
        return Optional.of(FunnelStep.of(FunnelStep.ref("outcome", outcome.getId()), stage, application.getChallenge().getTitle())
                .from(FunnelStep.ref("application", application.getId())).because(application.getStartup().getName() + ": " + why.strip()));
    }
}
