package org.govtechhub.mentoring;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.ReportTable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Mentoring health for program managers: quiet pairs (no session for {@value #QUIET_DAYS} days),
 * sessions and hours per pair and per mentor per month, agreed actions past due, ratings. Quiet
 * pairs' mentors are reminded every morning ({@link MentoringReminders}) or on demand.
 */
@Stateless
public class MentoringHealthService {

    public static final int QUIET_DAYS = 14;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    public List<ReportTable> report() {
        List<MentorMatch> pairs = acceptedPairs();
        List<MentoringSession> sessions = sessionsOfAcceptedPairs();
        return List.of(quietPairs(pairs, sessions), perPairAndMonth(sessions), perMentorAndMonth(sessions),
                overdueActions(sessions), ratings(sessions));
    }

    /** Tells the mentor of each quiet pair; says how many were reminded. */
    public int remindQuietPairs() {
        ReportTable quiet = quietPairs(acceptedPairs(), sessionsOfAcceptedPairs());
        for (List<Object> row : quiet.rows()) {
            notifications.notify((String) row.get(5), "notification.mentoring.quiet", row.get(1), row.get(3));
        }
        return quiet.rows().size();
    }

    private List<MentorMatch> acceptedPairs() {
        return em.createQuery("SELECT m FROM MentorMatch m WHERE m.status = org.govtechhub.mentoring.MatchStatus.ACCEPTED"
                + " ORDER BY m.mentor.fullName, m.startup.name", MentorMatch.class).getResultList();
    }

    private List<MentoringSession> sessionsOfAcceptedPairs() {
        return em.createQuery("SELECT s FROM MentoringSession s WHERE s.match.status = "
                + "org.govtechhub.mentoring.MatchStatus.ACCEPTED ORDER BY s.heldOn", MentoringSession.class).getResultList();
    }

    private ReportTable quietPairs(List<MentorMatch> pairs, List<MentoringSession> sessions) {
        LocalDate today = Clock.now().toLocalDate();
        List<List<Object>> rows = new ArrayList<>();
        for (MentorMatch pair : pairs) {
            LocalDate last = sessions.stream().filter(s -> s.getMatch().equals(pair)).map(MentoringSession::getHeldOn)
                    .max(Comparator.naturalOrder()).orElse(pair.getUpdatedAt().toLocalDate());
            long days = ChronoUnit.DAYS.between(last, today);
            if (days >= QUIET_DAYS) {
                rows.add(List.of(pair.getMentor().getFullName(), pair.getStartup().getName(), last.toString(), days,
                        pair.getId(), pair.getMentor().getEmail()));
            }
        }
        return new ReportTable("quietPairs", List.of(ReportTable.Column.key("mentoring.mentor"), ReportTable.Column.key("mentoring.startup"),
                ReportTable.Column.key("mentoring_health.lastActivity"), ReportTable.Column.key("mentoring_health.days"),
                ReportTable.Column.key("mentoring_health.pair"), ReportTable.Column.key("person.email")), rows);
    }

    private ReportTable perPairAndMonth(List<MentoringSession> sessions) {
        Map<List<String>, List<MentoringSession>> groups = sessions.stream().collect(Collectors.groupingBy(
                s -> List.of(YearMonth.from(s.getHeldOn()).toString(), s.getMatch().getMentor().getFullName(), s.getMatch().getStartup().getName()),
                () -> new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2))),
                Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((key, group) -> rows.add(List.of(key.get(0), key.get(1), key.get(2), group.size(), hours(group))));
        return new ReportTable("perPairAndMonth", List.of(ReportTable.Column.key("mentoring_health.month"),
                ReportTable.Column.key("mentoring.mentor"), ReportTable.Column.key("mentoring.startup"),
                ReportTable.Column.key("mentoring_health.sessions"), ReportTable.Column.key("mentoring_health.hours")), rows);
    }

    private ReportTable perMentorAndMonth(List<MentoringSession> sessions) {
        Map<List<String>, List<MentoringSession>> groups = sessions.stream().collect(Collectors.groupingBy(
                s -> List.of(YearMonth.from(s.getHeldOn()).toString(), s.getMatch().getMentor().getFullName()),
                () -> new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1))),
                Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((key, group) -> rows.add(List.of(key.get(1) + " " + key.get(0), key.get(1), key.get(0), group.size(), hours(group))));
        return new ReportTable("perMentorAndMonth", List.of(ReportTable.Column.key("mentoring_health.mentorMonth"),
                ReportTable.Column.key("mentoring.mentor"), ReportTable.Column.key("mentoring_health.month"),
                ReportTable.Column.key("mentoring_health.sessions"), ReportTable.Column.key("mentoring_health.hours")), rows);
    }

    private ReportTable overdueActions(List<MentoringSession> sessions) {
        LocalDate today = Clock.now().toLocalDate();
        List<List<Object>> rows = new ArrayList<>();
        for (MentoringSession session : sessions) {
            for (AgreedAction action : session.getActions()) {
                if (action.getDueOn() != null && action.getDueOn().isBefore(today)) {
                    rows.add(List.of(session.getMatch().getMentor().getFullName(), session.getMatch().getStartup().getName(),
                            action.getDescription(), action.getOwner(), action.getDueOn().toString()));
                }
            }
        }
        return new ReportTable("overdueActions", List.of(ReportTable.Column.key("mentoring.mentor"), ReportTable.Column.key("mentoring.startup"),
                ReportTable.Column.key("mentoring_sessions.action"), ReportTable.Column.key("mentoring_sessions.owner"),
                ReportTable.Column.key("mentoring_sessions.due")), rows);
    }

    private ReportTable ratings(List<MentoringSession> sessions) {
        Map<String, List<Integer>> byMentor = sessions.stream().filter(s -> s.getRating() != null).collect(Collectors.groupingBy(
                s -> s.getMatch().getMentor().getFullName(), TreeMap::new, Collectors.mapping(MentoringSession::getRating, Collectors.toList())));
        List<List<Object>> rows = new ArrayList<>();
        byMentor.forEach((mentor, stars) -> rows.add(List.of(mentor, stars.size(),
                Math.round(10.0 * stars.stream().mapToInt(Integer::intValue).average().orElse(0)) / 10.0)));
        return new ReportTable("ratings", List.of(ReportTable.Column.key("mentoring.mentor"), ReportTable.Column.key("mentoring_health.rated"),
                ReportTable.Column.key("mentoring_health.averageRating")), rows);
    }

    private static double hours(List<MentoringSession> group) {
        return Math.round(10.0 * group.stream().mapToInt(MentoringSession::getDurationMinutes).sum() / 60.0) / 10.0;
    }
}
