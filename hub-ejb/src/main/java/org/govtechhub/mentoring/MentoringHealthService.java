package org.govtechhub.mentoring;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mentoring health for program managers: quiet pairs (no session for {@value #QUIET_DAYS} days),
 * sessions and hours per pair and per mentor per month, agreed actions past due, ratings. Quiet
 * pairs' mentors are reminded every morning ({@link MentoringReminders}) or on demand.
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class MentoringHealthService {

    public static final int QUIET_DAYS = 14;

    private static final String ACCEPTED = "org.govtechhub.mentoring.MatchStatus.ACCEPTED";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    /**
     * Every table, counted and summed by the database (grouped statements, not every session in memory): the page
     * and the morning reminders cost the same few statements with twenty sessions or a million.
     */
    public List<ReportTable> report() {
        List<Object[]> months = em.createQuery("SELECT FUNCTION('YEAR', s.heldOn), FUNCTION('MONTH', s.heldOn), mentor.fullName, "
                + "startup.name, COUNT(s), SUM(s.durationMinutes) FROM MentoringSession s JOIN s.match m JOIN m.mentor mentor "
                + "JOIN m.startup startup WHERE m.status = " + ACCEPTED + " GROUP BY FUNCTION('YEAR', s.heldOn), "
                + "FUNCTION('MONTH', s.heldOn), mentor.fullName, startup.name", Object[].class).getResultList();
        return List.of(quietPairs(), perPairAndMonth(months), perMentorAndMonth(months), overdueActions(), ratings());
    }

    /** Tells the mentor of each quiet pair; says how many were reminded. */
    public int remindQuietPairs() {
        ReportTable quiet = quietPairs();
        for (List<Object> row : quiet.rows()) {
            notifications.notify((String) row.get(5), "notification.mentoring.quiet", row.get(1), row.get(3));
        }
        return quiet.rows().size();
    }

    /** Accepted pairs whose last session (or, without one, the acceptance) is {@value #QUIET_DAYS} days old or more. */
    private ReportTable quietPairs() {
        LocalDate today = Clock.now().toLocalDate();
        Map<Long, LocalDate> lastSession = new HashMap<>();
        em.createQuery("SELECT m.id, MAX(s.heldOn) FROM MentoringSession s JOIN s.match m WHERE m.status = " + ACCEPTED + " GROUP BY m.id",
                Object[].class).getResultList().forEach(r -> lastSession.put((Long) r[0], (LocalDate) r[1]));
        List<List<Object>> rows = new ArrayList<>();
        for (MentorMatch pair : em.createQuery("SELECT m FROM MentorMatch m WHERE m.status = " + ACCEPTED
                + " ORDER BY m.mentor.fullName, m.startup.name", MentorMatch.class).getResultList()) {
            LocalDate last = lastSession.getOrDefault(pair.getId(), pair.getUpdatedAt().toLocalDate());
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

    /** months: year, month, mentor, startup, sessions, minutes. */
    private ReportTable perPairAndMonth(List<Object[]> months) {
        Map<List<String>, long[]> groups = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1))
                .thenComparing(k -> k.get(2)));
        months.forEach(m -> add(groups, List.of(month(m), (String) m[2], (String) m[3]), m));
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((key, n) -> rows.add(List.of(key.get(0), key.get(1), key.get(2), (int) n[0], hours(n[1]))));
        return new ReportTable("perPairAndMonth", List.of(ReportTable.Column.key("mentoring_health.month"),
                ReportTable.Column.key("mentoring.mentor"), ReportTable.Column.key("mentoring.startup"),
                ReportTable.Column.key("mentoring_health.sessions"), ReportTable.Column.key("mentoring_health.hours")), rows);
    }

    private ReportTable perMentorAndMonth(List<Object[]> months) {
        Map<List<String>, long[]> groups = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        months.forEach(m -> add(groups, List.of(month(m), (String) m[2]), m));
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((key, n) -> rows.add(List.of(key.get(1) + " " + key.get(0), key.get(1), key.get(0), (int) n[0], hours(n[1]))));
        return new ReportTable("perMentorAndMonth", List.of(ReportTable.Column.key("mentoring_health.mentorMonth"),
                ReportTable.Column.key("mentoring.mentor"), ReportTable.Column.key("mentoring_health.month"),
                ReportTable.Column.key("mentoring_health.sessions"), ReportTable.Column.key("mentoring_health.hours")), rows);
    }

    private static void add(Map<List<String>, long[]> groups, List<String> key, Object[] month) {
        long[] n = groups.computeIfAbsent(key, k -> new long[2]);
        n[0] += ((Number) month[4]).longValue();
        n[1] += ((Number) month[5]).longValue();
    }

    private static String month(Object[] row) {
        return YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()).toString();
    }

    private ReportTable overdueActions() {
        List<List<Object>> rows = em.createQuery("SELECT mentor.fullName, startup.name, a.description, a.owner, a.dueOn FROM MentoringSession s "
                        + "JOIN s.actions a JOIN s.match m JOIN m.mentor mentor JOIN m.startup startup WHERE m.status = " + ACCEPTED
                        + " AND a.dueOn < :today ORDER BY s.heldOn, s.id", Object[].class)
                .setParameter("today", Clock.now().toLocalDate()).getResultList().stream()
                .map(r -> List.<Object>of(r[0], r[1], r[2], r[3], r[4].toString())).toList();
        return new ReportTable("overdueActions", List.of(ReportTable.Column.key("mentoring.mentor"), ReportTable.Column.key("mentoring.startup"),
                ReportTable.Column.key("mentoring_sessions.action"), ReportTable.Column.key("mentoring_sessions.owner"),
                ReportTable.Column.key("mentoring_sessions.due")), rows);
    }

    private ReportTable ratings() {
        List<List<Object>> rows = em.createQuery("SELECT mentor.fullName, COUNT(s), SUM(s.rating) FROM MentoringSession s JOIN s.match m "
                        + "JOIN m.mentor mentor WHERE m.status = " + ACCEPTED + " AND s.rating IS NOT NULL GROUP BY mentor.fullName "
                        + "ORDER BY mentor.fullName", Object[].class).getResultList().stream()
                .map(r -> {
                    long rated = ((Number) r[1]).longValue();
                    return List.<Object>of(r[0], (int) rated, Math.round(10.0 * ((Number) r[2]).longValue() / rated) / 10.0);
                }).toList();
        return new ReportTable("ratings", List.of(ReportTable.Column.key("mentoring.mentor"), ReportTable.Column.key("mentoring_health.rated"),
                ReportTable.Column.key("mentoring_health.averageRating")), rows);
    }

    private static double hours(long minutes) {
        return Math.round(10.0 * minutes / 60.0) / 10.0;
    }
}
