package org.govtechhub.training;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.LockModeType;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enrolment use cases. Every change to a session's seats first locks the session row
 * (SELECT ... FOR UPDATE), so simultaneous requests are served one at a time in arrival order and
 * the capacity always holds.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
public class EnrolmentService extends CrudService<Enrolment> {

    @EJB
    private Caller caller;

    @EJB
    private PersonService people;

    @EJB
    private TrainingProfileService profiles;

    @EJB
    private LearningPathService paths;

    @EJB
    private NotificationService notifications;

    public EnrolmentService() {
        super(Enrolment.class);
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public Enrolment enrol(String email, Long sessionId) {
        caller.requireSelf(email);
        CourseSession session = lockedSession(sessionId);
        Person person = people.findByEmail(email).orElseThrow();
        LocalDate today = Clock.now().toLocalDate();
        session.checkOpenForEnrolment(today);
        Course course = session.getCourse();
        boolean alreadyIn = em.createNamedQuery("Enrolment.inCourse", Enrolment.class).setParameter("person", person)
                .setParameter("course", course).getResultStream()
                .anyMatch(e -> e.getStatus().isActive() || e.getStatus() == EnrolmentStatus.COMPLETED);
        if (alreadyIn) {
            throw new BusinessException("training.enrolment.duplicate", course.getTitle());
        }
        List<Course> missing = course.missingPrerequisites(paths.completedCourseIds(email));
        if (!missing.isEmpty()) {
            throw new BusinessException("training.enrolment.prerequisitesMissing",
                    String.join(", ", missing.stream().map(Course::getTitle).toList()));
        }
        if (course.isApprovalRequired() && profiles.findByEmail(email).map(TrainingProfile::getLineManager).isEmpty()) {
            throw new BusinessException("training.enrolment.noLineManager");
        }
        Enrolment enrolment = Enrolment.request(session, person, Clock.now(), seatsTaken(session));
        Enrolment saved = save(enrolment, true);
        if (saved.getStatus() == EnrolmentStatus.PENDING_APPROVAL) {
            profiles.findByEmail(email).map(TrainingProfile::getLineManager).ifPresent(manager ->
                    notifications.notify(manager.getEmail(), "notification.training.approvalRequested",
                            person.getFullName(), course.getTitle()));
        }
        return saved;
    }

    public Enrolment approve(String managerEmail, Long enrolmentId, String comment) {
        caller.requireSelf(managerEmail);
        Enrolment enrolment = ownReport(managerEmail, enrolmentId);
        CourseSession session = lockedSession(enrolment.getSession().getId());
        enrolment.approve(managerEmail, comment, seatsTaken(session));
        notifications.notify(enrolment.getPerson().getEmail(), "notification.training.approved",
                session.getCourse().getTitle());
        return enrolment;
    }

    public Enrolment decline(String managerEmail, Long enrolmentId, String comment) {
        caller.requireSelf(managerEmail);
        Enrolment enrolment = ownReport(managerEmail, enrolmentId);
        enrolment.decline(managerEmail, comment);
        notifications.notify(enrolment.getPerson().getEmail(), "notification.training.declined",
                enrolment.getSession().getCourse().getTitle(), enrolment.getDecisionComment());
        return enrolment;
    }

    /** The person cancels; a freed seat goes to the first on the waitlist, who is told. */
    @RolesAllowed({Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public Enrolment cancel(String email, Long enrolmentId) {
        caller.requireSelf(email);
        Enrolment enrolment = own(email, enrolmentId);
        CourseSession session = lockedSession(enrolment.getSession().getId());
        if (enrolment.cancel(Clock.now().toLocalDate())) {
            em.flush();
            em.createNamedQuery("Enrolment.waitlist", Enrolment.class).setParameter("session", session)
                    .setMaxResults(1).getResultStream().findFirst().ifPresent(next -> {
                        next.promote();
                        notifications.notify(next.getPerson().getEmail(), "notification.training.promoted",
                                session.getCourse().getTitle(), session.getStartsOn());
                    });
        }
        return enrolment;
    }

    @RolesAllowed({Roles.STARTUP, Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public List<Enrolment> mine(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("Enrolment.ofPerson", Enrolment.class).setParameter("email", email).getResultList();
    }

    public List<Enrolment> awaitingApprovalBy(String managerEmail) {
        caller.requireSelf(managerEmail);
        return em.createNamedQuery("Enrolment.pendingFor", Enrolment.class).setParameter("managerEmail", managerEmail)
                .getResultList();
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public List<Enrolment> roster(Long sessionId) {
        return em.createNamedQuery("Enrolment.ofSession", Enrolment.class)
                .setParameter("session", em.find(CourseSession.class, sessionId)).getResultList();
    }

    @RolesAllowed({Roles.CIVIL_SERVANT, Roles.SYSTEM})
    public PracticeProject submitProject(String email, Long enrolmentId, String title, String description) {
        caller.requireSelf(email);
        return save(own(email, enrolmentId).submitProject(title, description), true);
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public void judgeProject(Long projectId, boolean accepted) {
        PracticeProject project = findById(em, PracticeProject.class, projectId)
                .orElseThrow(() -> BusinessException.notFound(projectId));
        if (accepted) {
            project.accept();
        } else {
            project.giveBack();
        }
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Enrolment recordResults(Long enrolmentId, Integer attendancePct, Boolean assessmentPassed) {
        Enrolment enrolment = get(enrolmentId);
        enrolment.recordResults(attendancePct, assessmentPassed);
        return enrolment;
    }

    /** Completes the course when its criteria are met and issues the certificate. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Certificate complete(Long enrolmentId) {
        Enrolment enrolment = get(enrolmentId);
        Certificate certificate = save(enrolment.complete(Clock.now()), true);
        notifications.notify(enrolment.getPerson().getEmail(), "notification.training.completed",
                enrolment.getSession().getCourse().getTitle());
        return certificate;
    }

    public long seatsTaken(CourseSession session) {
        return em.createNamedQuery("Enrolment.countInStatus", Long.class).setParameter("session", session)
                .setParameter("status", EnrolmentStatus.ENROLLED).getSingleResult();
    }

    /** Seats taken in each of these sessions (session id to seats; absent: none), in one statement. */
    public Map<Long, Long> seatsTaken(List<CourseSession> sessions) {
        Map<Long, Long> taken = new HashMap<>();
        if (!sessions.isEmpty()) {
            em.createQuery("SELECT e.session.id, COUNT(e) FROM Enrolment e WHERE e.session IN :sessions AND e.status = "
                            + "org.govtechhub.training.EnrolmentStatus.ENROLLED GROUP BY e.session.id", Object[].class)
                    .setParameter("sessions", sessions).getResultList().forEach(r -> taken.put((Long) r[0], ((Number) r[1]).longValue()));
        }
        return taken;
    }

    private CourseSession lockedSession(Long sessionId) {
        return Optional.ofNullable(sessionId == null ? null : em.find(CourseSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> BusinessException.notFound(sessionId));
    }

    /** The caller's own enrolment; anybody else's is "not found", whatever id is guessed. */
    private Enrolment own(String email, Long enrolmentId) {
        return find(enrolmentId).filter(e -> e.getPerson().getEmail().equals(email))
                .orElseThrow(() -> BusinessException.notFound(enrolmentId));
    }

    private Enrolment ownReport(String managerEmail, Long enrolmentId) {
        return find(enrolmentId).filter(e -> profiles.findByEmail(e.getPerson().getEmail())
                        .map(TrainingProfile::getLineManager).map(m -> m.getEmail().equals(managerEmail)).orElse(false))
                .orElseThrow(() -> BusinessException.notFound(enrolmentId));
    }
}
