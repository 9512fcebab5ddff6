package org.govtechhub.training;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.ReportTable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The training dashboard of program managers (everyone) and department heads (their own department):
 * completion per track and per department, waitlists, skill levels before and after, hours against
 * the yearly quota.
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.SYSTEM})
public class TrainingReportService {

    static final String NO_DEPARTMENT = "-";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private SkillService skills;

    @EJB
    private CourseService courses;


    /** Every table of the report; {@code organisationId} null for all departments. */
    public List<ReportTable> report(Long organisationId, Locale locale) {
        return List.of(
                completion("completionByTrack", "training_report.track", "tr.name", organisationId),
                completion("completionByDepartment", "training_report.department", "o.name", organisationId),
                waitlists(),
                skillHeatmap(organisationId, locale),
                hoursAgainstQuota(organisationId));
    }

    /**
     * Enrolments (neither declined nor cancelled) and completions per group, counted by the database: the report
     * costs the same few statements with five enrolments or five hundred thousand.
     */
    private ReportTable completion(String id, String groupKey, String group, Long organisationId) {
        List<Object[]> counts = scoped(em.createQuery("SELECT " + group + ", COUNT(e), SUM(CASE WHEN e.status = :completed THEN 1 ELSE 0 END) "
                + "FROM Enrolment e JOIN e.session s JOIN s.course c JOIN c.track tr JOIN e.person p LEFT JOIN p.organisation o "
                + "WHERE e.status NOT IN :dropped" + scope(organisationId) + " GROUP BY " + group, Object[].class), organisationId)
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .setParameter("dropped", List.of(EnrolmentStatus.DECLINED, EnrolmentStatus.CANCELLED)).getResultList();
        Map<String, long[]> byGroup = new TreeMap<>();
        counts.forEach(c -> byGroup.merge(c[0] == null ? NO_DEPARTMENT : (String) c[0], new long[] {number(c[1]), number(c[2])},
                (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
        List<List<Object>> rows = new ArrayList<>();
        byGroup.forEach((name, n) -> rows.add(List.of(name, (int) n[0], n[1], Math.round(100.0 * n[1] / n[0]))));
        return new ReportTable(id, List.of(ReportTable.Column.key(groupKey), ReportTable.Column.key("training_report.enrolled"),
                ReportTable.Column.key("training_report.completed"), ReportTable.Column.key("training_report.rate")), rows);
    }

    private ReportTable waitlists() {
        LocalDate today = Clock.now().toLocalDate();
        Map<Long, Map<EnrolmentStatus, Long>> counts = new HashMap<>();
        em.createQuery("SELECT s.id, e.status, COUNT(e) FROM Enrolment e JOIN e.session s WHERE s.endsOn >= :today AND e.status IN :counted "
                        + "GROUP BY s.id, e.status", Object[].class)
                .setParameter("today", today).setParameter("counted", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED))
                .getResultList().forEach(c -> counts.computeIfAbsent((Long) c[0], k -> new EnumMap<>(EnrolmentStatus.class))
                        .put((EnrolmentStatus) c[1], number(c[2])));
        List<List<Object>> rows = new ArrayList<>();
        for (CourseSession session : courses.upcomingSessions(today)) {
            Map<EnrolmentStatus, Long> of = counts.getOrDefault(session.getId(), Map.of());
            rows.add(List.of(session.getCourse().getTitle(), session.getStartsOn().toString(),
                    of.getOrDefault(EnrolmentStatus.ENROLLED, 0L) + " / " + session.getCapacity(),
                    of.getOrDefault(EnrolmentStatus.WAITLISTED, 0L)));
        }
        return new ReportTable("waitlists", List.of(ReportTable.Column.key("training.course"),
                ReportTable.Column.key("training_manage_course.startsOn"), ReportTable.Column.key("training.seats"),
                ReportTable.Column.key("training_report.waiting")), rows);
    }

    /**
     * Rows: skills; per department two columns, the average level at the first and at the latest assessment of
     * the people assessed there (a skill the assessment did not rate counts as 0). The database sums the levels
     * per department and skill; the first and latest assessments are those with no earlier (later) one of the
     * same person, by time and then id.
     */
    private ReportTable skillHeatmap(Long organisationId, Locale locale) {
        Map<String, Long> assessed = new TreeMap<>();
        scoped(em.createQuery("SELECT o.name, COUNT(DISTINCT p.id) FROM Assessment a JOIN a.person p LEFT JOIN p.organisation o WHERE 1 = 1"
                + scope(organisationId) + " GROUP BY o.name", Object[].class), organisationId).getResultList()
                .forEach(c -> assessed.merge(c[0] == null ? NO_DEPARTMENT : (String) c[0], number(c[1]), Long::sum));
        Map<String, Map<Long, Long>> first = levelSums("<", organisationId);
        Map<String, Map<Long, Long>> latest = levelSums(">", organisationId);
        List<ReportTable.Column> columns = new ArrayList<>(List.of(ReportTable.Column.key("training.skill")));
        assessed.keySet().forEach(d -> {
            columns.add(ReportTable.Column.of(d, "training_report.before"));
            columns.add(ReportTable.Column.of(d, "training_report.after"));
        });
        List<List<Object>> rows = new ArrayList<>();
        for (Skill skill : skills.framework()) {
            List<Object> row = new ArrayList<>(List.of(skill.name(locale)));
            assessed.forEach((department, people) -> {
                row.add(average(first.getOrDefault(department, Map.of()).getOrDefault(skill.getId(), 0L), people));
                row.add(average(latest.getOrDefault(department, Map.of()).getOrDefault(skill.getId(), 0L), people));
            });
            rows.add(row);
        }
        return new ReportTable("skillLevels", columns, rows);
    }

    /** department -> skill id -> the sum of the levels at each person's first ({@code "<"}) or latest ({@code ">"}) assessment. */
    private Map<String, Map<Long, Long>> levelSums(String before, Long organisationId) {
        String sql = "SELECT o.name, l.skill_id, SUM(l.level_number) FROM assessment a "
                + "JOIN person p ON p.id = a.person_id LEFT JOIN organisation o ON o.id = p.organisation_id "
                + "JOIN assessment_level l ON l.assessment_id = a.id "
                + "WHERE NOT EXISTS (SELECT 1 FROM assessment b WHERE b.person_id = a.person_id AND (b.taken_at " + before + " a.taken_at "
                + "OR (b.taken_at = a.taken_at AND b.id " + before + " a.id)))"
                + (organisationId == null ? "" : " AND p.organisation_id = ?1") + " GROUP BY o.name, l.skill_id";
        Query query = em.createNativeQuery(sql);
        if (organisationId != null) {
            query.setParameter(1, organisationId);
        }
        Map<String, Map<Long, Long>> sums = new HashMap<>();
        for (Object result : query.getResultList()) {
            Object[] c = (Object[]) result;
            sums.computeIfAbsent(c[0] == null ? NO_DEPARTMENT : (String) c[0], k -> new HashMap<>())
                    .merge(number(c[1]), number(c[2]), Long::sum);
        }
        return sums;
    }

    /**
     * Hours of courses completed this year against the yearly quota, for everyone in scope who enrolled or has a
     * training profile, by name: two grouped statements instead of one a person.
     */
    private ReportTable hoursAgainstQuota(Long organisationId) {
        LocalDateTime yearStart = Clock.now().toLocalDate().withDayOfYear(1).atStartOfDay();
        int defaultQuota = TrainingProfileService.defaultYearlyHours();
        Map<Long, Object[]> people = new HashMap<>();
        scoped(em.createQuery("SELECT p.id, p.fullName, p.email, o.name, "
                + "SUM(CASE WHEN e.status = :completed AND e.completedAt >= :yearStart THEN c.hours ELSE 0 END) "
                + "FROM Enrolment e JOIN e.session s JOIN s.course c JOIN e.person p LEFT JOIN p.organisation o WHERE 1 = 1"
                + scope(organisationId) + " GROUP BY p.id, p.fullName, p.email, o.name", Object[].class), organisationId)
                .setParameter("completed", EnrolmentStatus.COMPLETED).setParameter("yearStart", yearStart).getResultList()
                .forEach(c -> people.put((Long) c[0], new Object[] {c[1], c[2], c[3], number(c[4]), defaultQuota}));
        scoped(em.createQuery("SELECT p.id, p.fullName, p.email, o.name, t.yearlyHoursQuota FROM TrainingProfile t JOIN t.person p "
                + "LEFT JOIN p.organisation o WHERE 1 = 1" + scope(organisationId), Object[].class), organisationId).getResultList()
                .forEach(c -> people.computeIfAbsent((Long) c[0], k -> new Object[] {c[1], c[2], c[3], 0L, defaultQuota})[4] =
                        c[4] == null ? defaultQuota : ((Number) c[4]).intValue());
        List<List<Object>> rows = new ArrayList<>();
        people.values().stream().sorted(Comparator.comparing((Object[] p) -> (String) p[0]).thenComparing(p -> (String) p[1])).forEach(p -> {
            long done = (Long) p[3];
            int quota = (Integer) p[4];
            rows.add(List.of(p[0], p[2] == null ? NO_DEPARTMENT : p[2], (int) done, quota, quota == 0 ? 100 : Math.round(100.0 * done / quota)));
        });
        return new ReportTable("hoursAgainstQuota", List.of(ReportTable.Column.key("person.fullName"),
                ReportTable.Column.key("training_report.department"), ReportTable.Column.key("training_report.hoursDone"),
                ReportTable.Column.key("training_report.quota"), ReportTable.Column.key("training_report.rate")), rows);
    }

    private static String scope(Long organisationId) {
        return organisationId == null ? "" : " AND o.id = :organisation";
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, Long organisationId) {
        return organisationId == null ? query : query.setParameter("organisation", organisationId);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double average(long sum, long count) {
        return count == 0 ? 0 : Math.round(10.0 * sum / count) / 10.0;
    }
}
