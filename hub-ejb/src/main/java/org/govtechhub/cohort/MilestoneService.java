package org.govtechhub.cohort;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.mentoring.MatchStatus;
import org.govtechhub.mentoring.MatchingService;
import org.govtechhub.mentoring.MentorMatch;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * An accepted startup's own milestones and monthly KPIs. A startup reaches only those of its own accepted
 * applications: any other id, also a guessed one, is "not found". Once a day the overdue milestones are flagged to
 * the startup's founders and to the program managers ({@link #flagOverdue()}).
 */
@Stateless
@RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
public class MilestoneService extends CrudService<Milestone> {

    @EJB
    private Caller caller;

    @EJB
    private ApplicationService applications;

    @EJB
    private PersonService people;

    @EJB
    private NotificationService notifications;

    @EJB
    private MatchingService matching;

    public MilestoneService() {
        super(Milestone.class);
    }

    /** The startup's accepted applications, newest first. */
    public List<Application> myAcceptedApplications(String email) {
        caller.requireSelf(email);
        return applications.mine(email).stream().filter(a -> a.getStatus() == ApplicationStatus.ACCEPTED).toList();
    }

    /** One of the startup's own accepted applications; anything else is "not found". */
    public Application acceptedApplication(Long applicationId, String email) {
        caller.requireSelf(email);
        return applications.find(applicationId).filter(a -> ownedBy(a, email)).orElseThrow(() -> BusinessException.notFound(applicationId));
    }

    public List<Milestone> milestones(Long applicationId, String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("Milestone.of", Milestone.class).setParameter("application", acceptedApplication(applicationId, email))
                .getResultList();
    }

    /** Plans a milestone: a title, a SMART target and a due date. */
    public Milestone add(Long applicationId, String title, String target, LocalDate dueOn, String email) {
        caller.requireSelf(email);
        if (title == null || title.isBlank() || target == null || target.isBlank() || dueOn == null) {
            throw new BusinessException("cohort.milestone.incomplete");
        }
        return save(new Milestone(acceptedApplication(applicationId, email), title.strip(), target.strip(), dueOn), true);
    }

    /** The milestone as its startup may open it; anyone else gets "not found". */
    public Milestone milestoneFor(Long id, String email) {
        return find(id).filter(m -> ownedBy(m.getApplication(), email)).orElseThrow(() -> BusinessException.notFound(id));
    }

    public Milestone complete(Long id, String evidence, String email) {
        caller.requireSelf(email);
        Milestone milestone = milestoneFor(id, email);
        milestone.complete(evidence);
        return milestone;
    }

    public Milestone miss(Long id, String email) {
        caller.requireSelf(email);
        Milestone milestone = milestoneFor(id, email);
        milestone.miss();
        return milestone;
    }

    public Milestone reschedule(Long id, LocalDate dueOn, String email) {
        caller.requireSelf(email);
        Milestone milestone = milestoneFor(id, email);
        milestone.reschedule(dueOn);
        return milestone;
    }

    /** The application's monthly KPIs, latest month first. */
    public List<KpiReport> kpis(Long applicationId, String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("KpiReport.of", KpiReport.class).setParameter("application", acceptedApplication(applicationId, email))
                .getResultList();
    }

    /** A month's KPI report as its startup may open it; anyone else gets "not found". */
    @RolesAllowed(Roles.SYSTEM)
    public KpiReport kpiFor(Long id, String email) {
        return findById(em, KpiReport.class, id).filter(k -> ownedBy(k.getApplication(), email)).orElseThrow(() -> BusinessException.notFound(id));
    }

    /** Reports a month's figures; reporting the same month again corrects them. */
    public KpiReport reportKpis(Long applicationId, YearMonth month, int users, BigDecimal revenue, int pilots, int jobs, String email) {
        caller.requireSelf(email);
        Application application = acceptedApplication(applicationId, email);
        Optional<KpiReport> existing = month == null ? Optional.empty() : em.createNamedQuery("KpiReport.ofMonth", KpiReport.class)
                .setParameter("application", application).setParameter("monthStart", month.atDay(1)).getResultStream().findFirst();
        KpiReport report = existing.orElseGet(() -> new KpiReport(application, month, Clock.now()));
        report.report(users, revenue, pilots, jobs);
        return existing.isPresent() ? report : save(report, true);
    }

    /**
     * Tells the founders, the startup's mentors (accepted matches of the mentoring context) and the program managers
     * about every milestone that became overdue (not done, past its due date in its cohort's time zone) and was not
     * flagged yet; each milestone is flagged once. Called daily by {@link MilestoneWatch}. Returns how many
     * milestones were flagged.
     */
    @RolesAllowed(Roles.SYSTEM)
    public int flagOverdue() {
        LocalDateTime now = Clock.now();
        // no time zone is more than a day ahead of UTC: a milestone due today in UTC or later is not overdue anywhere
        List<Milestone> due = em.createNamedQuery("Milestone.unflaggedDue", Milestone.class)
                .setParameter("latestToday", now.toLocalDate().plusDays(1)).getResultList();
        List<Person> managers = null;
        int flagged = 0;
        for (Milestone milestone : due) {
            if (!milestone.flagIfOverdue(now)) {
                continue;
            }
            if (managers == null) {
                managers = people.withRole(Role.PROGRAM_MANAGER);
            }
            Application application = milestone.getApplication();
            Organisation startup = application.getStartup();
            String cohort = application.getChallenge().getCohort().getProgramme().getName() + " · " + application.getChallenge().getCohort().getName();
            people.membersWithRole(startup, Role.STARTUP).forEach(founder -> notifications.notify(founder.getEmail(),
                    "notification.cohort.milestoneOverdue", milestone.getTitle(), milestone.getDueOn()));
            matching.ofStartup(startup).stream().filter(m -> m.getStatus() == MatchStatus.ACCEPTED).map(MentorMatch::getMentor).distinct()
                    .forEach(mentor -> notifications.notify(mentor.getEmail(), "notification.cohort.milestoneOverdueMentor", milestone.getTitle(),
                            milestone.getDueOn(), startup.getName()));
            managers.forEach(manager -> notifications.notify(manager.getEmail(), "notification.cohort.milestoneOverdueManager",
                    milestone.getTitle(), milestone.getDueOn(), startup.getName(), cohort));
            flagged++;
        }
        return flagged;
    }

    private boolean ownedBy(Application application, String email) {
        return application.getStatus() == ApplicationStatus.ACCEPTED
                && people.findByEmail(email).map(Person::getOrganisation).filter(application.getStartup()::equals).isPresent();
    }
}
