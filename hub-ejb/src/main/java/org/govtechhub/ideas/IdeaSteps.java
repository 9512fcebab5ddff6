package org.govtechhub.ideas;

import org.govtechhub.cohort.Challenge;
import org.govtechhub.funnel.FunnelStage;
import org.govtechhub.funnel.FunnelStep;

/** What the ideas context tells the innovation funnel: a published idea, its department, the challenge made of it. */
final class IdeaSteps {

    private IdeaSteps() {
    }

    static String ref(Idea idea) {
        return FunnelStep.ref("idea", idea.getId());
    }

    static FunnelStep published(Idea idea) {
        return FunnelStep.of(ref(idea), FunnelStage.IDEA, idea.getTitle())
                .department(idea.getDepartment() == null ? null : idea.getDepartment().getId())
                .because("published by " + idea.getAuthor().getFullName());
    }

    static FunnelStep assigned(Idea idea) {
        return FunnelStep.of(ref(idea), FunnelStage.IDEA, idea.getTitle()).department(idea.getDepartment().getId())
                .because("assigned to " + idea.getDepartment().getName());
    }

    static FunnelStep madeInto(Challenge challenge, Idea idea) {
        return FunnelStep.of(FunnelStep.ref("challenge", challenge.getId()), FunnelStage.CHALLENGE, challenge.getTitle())
                .from(ref(idea)).department(challenge.getDepartment().getId())
                .because("draft challenge made of the idea \"" + idea.getTitle() + "\"");
    }
}
