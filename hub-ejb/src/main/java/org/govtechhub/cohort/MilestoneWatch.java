package org.govtechhub.cohort;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import java.util.logging.Logger;

/** Every morning at 07:00 (server time), milestones that became overdue are flagged to their founders and the managers. */
@Singleton
public class MilestoneWatch {

    private static final Logger LOG = Logger.getLogger(MilestoneWatch.class.getName());

    @EJB
    private MilestoneService milestones;

    @Schedule(hour = "7", minute = "0", persistent = false)
    void flagOverdueMilestones() {
        int flagged = milestones.flagOverdue();
        LOG.info(() -> "Flagged " + flagged + " overdue milestones");
    }
}
