package org.govtechhub.mentoring;

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
 * Every morning from 08:00 UTC, mentors of pairs with no session for 14 days are reminded: once a day whatever the
 * number of servers ({@link JobRuns}); the later timers of the day hand the run on if a server died in it.
 */
@Singleton
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class MentoringReminders {

    private static final Logger LOG = Logger.getLogger(MentoringReminders.class.getName());

    @EJB
    private MentoringHealthService health;

    @EJB
    private JobRuns jobs;

    @PermitAll // a timer callback: the container calls it, no client can
    @Schedule(hour = "8-23", minute = "0,30", timezone = "UTC", persistent = false, info = "quiet mentoring pairs")
    void remindQuietPairs() {
        int reminded = jobs.once("mentoring-reminders", JobRuns.day(), health::remindQuietPairs);
        if (reminded >= 0) {
            LOG.info(() -> "Reminded the mentors of " + reminded + " quiet pairs");
        }
    }
}
