package org.govtechhub.web.funnel;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.govtechhub.funnel.FunnelService;
import org.govtechhub.funnel.Initiative;
import org.govtechhub.funnel.StageTransition;

/** funnel/initiative.xhtml?id=: one initiative's timeline, each stage with who moved it, when, why and through what. */
@Named
@RequestScoped
public class InitiativeBacking {

    @EJB
    private FunnelService funnel;

    private Long id;
    private Initiative initiative;

    /** An unknown id is "not found" (404). */
    public void load() {
        initiative = funnel.timeline(id);
    }

    /** Days spent in a stage it has left, to one decimal; null while it is the current stage. */
    public Double days(StageTransition transition) {
        return transition.getSecondsInStage() == null ? null : Math.round(transition.getSecondsInStage() / 8_640.0) / 10.0;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
