package org.govtechhub.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Started after every loader of start-up data (the list below names them all: a new context's demo data goes in it),
 * it marks the start-up data loaded, so that a server starting later, or waiting, loads none of it again.
 */
@Startup
@Singleton
@DependsOn({"DemoData", "TrainingDemoData", "MentoringDemoData", "AwardDemoData", "CohortDemoData", "IncubatorDemoData",
        "ReviewDemoData", "EventDemoData", "PromotionDemoData", "IdeasDemoData"})
public class StartupDataLoaded {

    @EJB
    private StartupData startup;

    @PostConstruct
    void markLoaded() {
        startup.loaded();
    }
}
