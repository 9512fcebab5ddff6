package org.govtechhub.mentoring;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.util.List;

/**
 * Session logs of accepted matches: the mentor logs, the startup confirms and rates, both answer the
 * fit check. Only the pair's mentor and the startup's founders see a match's sessions.
 */
@Stateless
@RolesAllowed({Roles.STARTUP, Roles.MENTOR, Roles.SYSTEM})
public class SessionLogService {

    @EJB
    private Caller caller;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private PersonService people;

    @EJB
    private NotificationService notifications;

    @EJB
    private MentoringService mentoring;

    /** The match, if this person is its mentor or a founder of its startup; "not found" otherwise. */
    public MentorMatch matchFor(String email, Long matchId) {
        caller.requireSelf(email);
        return CrudService.findById(em, MentorMatch.class, matchId).filter(m -> isMentor(email, m) || isFounder(email, m))
                .orElseThrow(() -> BusinessException.notFound(matchId));
    }

    public List<MentoringSession> sessions(String email, Long matchId) {
        caller.requireSelf(email);
        return em.createNamedQuery("MentoringSession.ofMatch", MentoringSession.class)
                .setParameter("match", matchFor(email, matchId)).getResultList();
    }

    public MentoringSession log(String mentorEmail, Long matchId, @NotNull @Valid MentoringSession session, List<AgreedAction> actions) {
        caller.requireSelf(mentorEmail);
        MentorMatch match = matchFor(mentorEmail, matchId);
        if (!isMentor(mentorEmail, match) || match.getStatus() != MatchStatus.ACCEPTED) {
            throw new BusinessException("mentoring.session.notYourAcceptedMatch");
        }
        session.logFor(match, actions);
        em.persist(session);
        founders(match).forEach(f -> notifications.notify(f.getEmail(), "notification.mentoring.sessionLogged",
                match.getMentor().getFullName(), session.getHeldOn()));
        return session;
    }

    public MentoringSession confirm(String founderEmail, Long sessionId, boolean attended, Integer rating, String comment) {
        caller.requireSelf(founderEmail);
        MentoringSession session = CrudService.findById(em, MentoringSession.class, sessionId)
                .filter(s -> isFounder(founderEmail, s.getMatch()))
                .orElseThrow(() -> BusinessException.notFound(sessionId));
        session.confirm(attended, rating, comment);
        return session;
    }

    /** One side's fit answer; a startup's "not a good fit" frees it for re-pairing and tells the program managers. */
    public MentorMatch answerFit(String email, Long matchId, FitAnswer answer) {
        caller.requireSelf(email);
        MentorMatch match = matchFor(email, matchId);
        boolean startupSide = isFounder(email, match);
        match.answerFit(startupSide, answer, sessions(email, matchId).size());
        if (match.getStatus() == MatchStatus.ENDED) {
            people.withRole(Role.PROGRAM_MANAGER).forEach(pm -> notifications.notify(pm.getEmail(),
                    "notification.mentoring.repair", match.getStartup().getName(), match.getMentor().getFullName()));
        }
        return match;
    }

    /** The mentor's planned meetings for the calendar feed; empty for an unknown token. */
    @PermitAll
    public List<MentoringSession> plannedFor(String calendarToken) {
        if (calendarToken == null || calendarToken.isBlank()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM MentorProfile m WHERE m.calendarToken = :token", MentorProfile.class)
                .setParameter("token", calendarToken).getResultStream().findFirst()
                .map(p -> em.createNamedQuery("MentoringSession.planned", MentoringSession.class)
                        .setParameter("email", p.getPerson().getEmail()).getResultList())
                .orElse(List.of());
    }

    /** The mentor's calendar token, made and saved on first use. */
    @RolesAllowed({Roles.MENTOR, Roles.SYSTEM})
    public String calendarToken(String mentorEmail) {
        caller.requireSelf(mentorEmail);
        MentorProfile profile = mentoring.profileOf(mentorEmail);
        String token = profile.calendarToken();
        mentoring.saveProfile(profile);
        return token;
    }

    private static boolean isMentor(String email, MentorMatch match) {
        return match.getMentor().getEmail().equals(email);
    }

    private boolean isFounder(String email, MentorMatch match) {
        return founders(match).stream().anyMatch(f -> f.getEmail().equals(email));
    }

    private List<Person> founders(MentorMatch match) {
        return people.membersWithRole(match.getStartup(), Role.STARTUP);
    }
}
