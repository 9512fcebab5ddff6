package org.govtechhub.mentoring;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import java.util.logging.Logger;

/** Every morning at 08:00 (server time), mentors of pairs with no session for 14 days are reminded. */
@Singleton
public class MentoringReminders {

    private static final Logger LOG = Logger.getLogger(MentoringReminders.class.getName());

    @EJB
    private MentoringHealthService health;

    @Schedule(hour = "8", minute = "0", persistent = false)
    void remindQuietPairs() {
        int reminded = health.remindQuietPairs();
        LOG.info(() -> "Reminded the mentors of " + reminded + " quiet pairs");
    }
}
