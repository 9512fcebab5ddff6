package org.govtechhub.cohort;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

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
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class MilestoneWatch {

    private static final Logger LOG = Logger.getLogger(MilestoneWatch.class.getName());

    @EJB
    private MilestoneService milestones;

    @EJB
    private JobRuns jobs;

    @PermitAll // a timer callback: the container calls it, no client can
    @Schedule(hour = "7-23", minute = "0,30", timezone = "UTC", persistent = false, info = "overdue milestones")
    void flagOverdueMilestones() {
        int flagged = jobs.once("milestone-watch", JobRuns.day(), milestones::flagOverdue);
        if (flagged >= 0) {
            LOG.info(() -> "Flagged " + flagged + " overdue milestones");
        }
    }
}
