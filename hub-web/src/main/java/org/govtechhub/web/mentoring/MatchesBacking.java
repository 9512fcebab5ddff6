package org.govtechhub.web.mentoring;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.mentoring.MatchingService;
import org.govtechhub.mentoring.MentorMatch;
import org.govtechhub.mentoring.SessionLogService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.util.List;

/** mentoring/matches.xhtml: the startups I was matched with; accept or decline. */
@Named
@RequestScoped
public class MatchesBacking {

    @EJB
    private MatchingService matching;

    @EJB
    private SessionLogService sessions;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    public void accept(MentorMatch match) {
        matching.accept(user.email(), match.getId());
        messages.info("mentoring_matches.accepted", match.getStartup().getName());
    }

    public void decline(MentorMatch match) {
        matching.decline(user.email(), match.getId());
        messages.info("mentoring_matches.declined", match.getStartup().getName());
    }

    public String getCalendarToken() {
        return sessions.calendarToken(user.email());
    }

    public List<MentorMatch> getMatches() {
        return matching.ofMentor(user.email());
    }
}
