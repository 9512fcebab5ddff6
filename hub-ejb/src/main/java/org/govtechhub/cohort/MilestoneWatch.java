package org.govtechhub.cohort;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import org.govtechhub.shared.JobRuns;

import java.util.logging.Logger;

/**
 * Every morning from 07:00 UTC, milestones that became overdue are flagged to their founders and the managers: once a
 * day whatever the number of servers ({@link JobRuns}); the later timers of the day hand the run on if a server died in it.
 */
@Singleton
public class MilestoneWatch {

    private static final Logger LOG = Logger.getLogger(MilestoneWatch.class.getName());

    @EJB
    private MilestoneService milestones;

    @EJB
    private JobRuns jobs;

    @Schedule(hour = "7-23", minute = "0,30", timezone = "UTC", persistent = false, info = "overdue milestones")
    void flagOverdueMilestones() {
        int flagged = jobs.once("milestone-watch", JobRuns.day(), milestones::flagOverdue);
        if (flagged >= 0) {
            LOG.info(() -> "Flagged " + flagged + " overdue milestones");
        }
    }
}
