package org.govtechhub.training;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.ReportTable;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The training dashboard of program managers (everyone) and department heads (their own department):
 * completion per track and per department, waitlists, skill levels before and after, hours against
 * the yearly quota.
 */
@Stateless
public class TrainingReportService {

    static final String NO_DEPARTMENT = "-";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private SkillService skills;

    @EJB
    private CourseService courses;

    @EJB
    private EnrolmentService enrolments;

    @EJB
    private TrainingProfileService profiles;

    /** Every table of the report; {@code organisationId} null for all departments. */
    public List<ReportTable> report(Long organisationId, Locale locale) {
        List<Enrolment> all = em.createQuery("SELECT e FROM Enrolment e", Enrolment.class).getResultList().stream()
                .filter(e -> inScope(e.getPerson(), organisationId)).toList();
        return List.of(
                completion("completionByTrack", "training_report.track", all, e -> e.getSession().getCourse().getTrack().getName()),
                completion("completionByDepartment", "training_report.department", all, e -> department(e.getPerson())),
                waitlists(),
                skillHeatmap(organisationId, locale),
                hoursAgainstQuota(all, organisationId));
    }

    private ReportTable completion(String id, String groupKey, List<Enrolment> all, Function<Enrolment, String> group) {
        Map<String, List<Enrolment>> byGroup = all.stream()
                .filter(e -> e.getStatus() != EnrolmentStatus.DECLINED && e.getStatus() != EnrolmentStatus.CANCELLED)
                .collect(Collectors.groupingBy(group, TreeMap::new, Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        byGroup.forEach((name, enrolled) -> {
            long completed = enrolled.stream().filter(e -> e.getStatus() == EnrolmentStatus.COMPLETED).count();
            rows.add(List.of(name, enrolled.size(), completed, Math.round(100.0 * completed / enrolled.size())));
        });
        return new ReportTable(id, List.of(ReportTable.Column.key(groupKey), ReportTable.Column.key("training_report.enrolled"),
                ReportTable.Column.key("training_report.completed"), ReportTable.Column.key("training_report.rate")), rows);
    }

    private ReportTable waitlists() {
        List<List<Object>> rows = new ArrayList<>();
        for (CourseSession session : courses.upcomingSessions(Clock.now().toLocalDate())) {
            long waiting = em.createNamedQuery("Enrolment.countInStatus", Long.class).setParameter("session", session)
                    .setParameter("status", EnrolmentStatus.WAITLISTED).getSingleResult();
            rows.add(List.of(session.getCourse().getTitle(), session.getStartsOn().toString(),
                    enrolments.seatsTaken(session) + " / " + session.getCapacity(), waiting));
        }
        return new ReportTable("waitlists", List.of(ReportTable.Column.key("training.course"),
                ReportTable.Column.key("training_manage_course.startsOn"), ReportTable.Column.key("training.seats"),
                ReportTable.Column.key("training_report.waiting")), rows);
    }

    /** Rows: skills; per department two columns, the average level at the first and at the latest assessment. */
    private ReportTable skillHeatmap(Long organisationId, Locale locale) {
        Map<Person, List<Assessment>> byPerson = em.createQuery("SELECT a FROM Assessment a ORDER BY a.takenAt", Assessment.class)
                .getResultList().stream().filter(a -> inScope(a.getPerson(), organisationId))
                .collect(Collectors.groupingBy(Assessment::getPerson, LinkedHashMap::new, Collectors.toList()));
        TreeSet<String> departments = byPerson.keySet().stream().map(TrainingReportService::department)
                .collect(Collectors.toCollection(TreeSet::new));
        List<ReportTable.Column> columns = new ArrayList<>(List.of(ReportTable.Column.key("training.skill")));
        departments.forEach(d -> {
            columns.add(ReportTable.Column.of(d, "training_report.before"));
            columns.add(ReportTable.Column.of(d, "training_report.after"));
        });
        List<List<Object>> rows = new ArrayList<>();
        for (Skill skill : skills.framework()) {
            List<Object> row = new ArrayList<>(List.of(skill.name(locale)));
            for (String department : departments) {
                List<List<Assessment>> histories = byPerson.entrySet().stream()
                        .filter(e -> department(e.getKey()).equals(department)).map(Map.Entry::getValue).toList();
                row.add(average(histories.stream().map(h -> h.get(0).levelOf(skill)).toList()));
                row.add(average(histories.stream().map(h -> h.get(h.size() - 1).levelOf(skill)).toList()));
            }
            rows.add(row);
        }
        return new ReportTable("skillLevels", columns, rows);
    }

    private ReportTable hoursAgainstQuota(List<Enrolment> all, Long organisationId) {
        LocalDateTime yearStart = Clock.now().toLocalDate().withDayOfYear(1).atStartOfDay();
        Map<Person, Integer> hours = new TreeMap<>(Comparator.comparing(Person::getFullName).thenComparing(Person::getEmail));
        all.forEach(e -> hours.merge(e.getPerson(), e.getStatus() == EnrolmentStatus.COMPLETED
                && !e.getCompletedAt().isBefore(yearStart) ? e.getSession().getCourse().getHours() : 0, Integer::sum));
        em.createQuery("SELECT t FROM TrainingProfile t", TrainingProfile.class).getResultList().stream()
                .map(TrainingProfile::getPerson).filter(p -> inScope(p, organisationId)).forEach(p -> hours.putIfAbsent(p, 0));
        int defaultQuota = TrainingProfileService.defaultYearlyHours();
        List<List<Object>> rows = new ArrayList<>();
        hours.forEach((person, done) -> {
            int quota = profiles.findByEmail(person.getEmail()).map(p -> p.quota(defaultQuota)).orElse(defaultQuota);
            rows.add(List.of(person.getFullName(), department(person), done, quota, quota == 0 ? 100 : Math.round(100.0 * done / quota)));
        });
        return new ReportTable("hoursAgainstQuota", List.of(ReportTable.Column.key("person.fullName"),
                ReportTable.Column.key("training_report.department"), ReportTable.Column.key("training_report.hoursDone"),
                ReportTable.Column.key("training_report.quota"), ReportTable.Column.key("training_report.rate")), rows);
    }

    private static double average(List<Integer> levels) {
        return levels.isEmpty() ? 0 : Math.round(10.0 * levels.stream().mapToInt(Integer::intValue).average().orElse(0)) / 10.0;
    }

    private static boolean inScope(Person person, Long organisationId) {
        return organisationId == null || (person.getOrganisation() != null && Objects.equals(person.getOrganisation().getId(), organisationId));
    }

    static String department(Person person) {
        Organisation organisation = person.getOrganisation();
        return organisation == null ? NO_DEPARTMENT : organisation.getName();
    }
}
