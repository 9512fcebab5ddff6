package org.govtechhub.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's place in a course session, from the request through the line manager's decision, a
 * seat or the waitlist, to completion. Knows what completing the course takes.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = "Enrolment.ofPerson",
        query = "SELECT e FROM Enrolment e WHERE e.person.email = :email ORDER BY e.session.startsOn DESC, e.id DESC")
@NamedQuery(name = "Enrolment.ofSession",
        query = "SELECT e FROM Enrolment e WHERE e.session = :session ORDER BY e.status, e.queueNumber, e.requestedAt, e.id")
@NamedQuery(name = "Enrolment.countInStatus",
        query = "SELECT COUNT(e) FROM Enrolment e WHERE e.session = :session AND e.status = :status")
@NamedQuery(name = "Enrolment.waitlist",
        query = "SELECT e FROM Enrolment e WHERE e.session = :session AND e.status = org.govtechhub.training.EnrolmentStatus.WAITLISTED"
                + " ORDER BY e.queueNumber, e.id")
@NamedQuery(name = "Enrolment.inCourse",
        query = "SELECT e FROM Enrolment e WHERE e.person = :person AND e.session.course = :course")
@NamedQuery(name = "Enrolment.completedCourseIds",
        query = "SELECT e.session.course.id FROM Enrolment e WHERE e.person.email = :email"
                + " AND e.status = org.govtechhub.training.EnrolmentStatus.COMPLETED")
@NamedQuery(name = "Enrolment.completedHours",
        query = "SELECT COALESCE(SUM(e.session.course.hours), 0) FROM Enrolment e WHERE e.person.email = :email"
                + " AND e.status = org.govtechhub.training.EnrolmentStatus.COMPLETED"
                + " AND e.completedAt >= :from AND e.completedAt < :to")
@NamedQuery(name = "Enrolment.pendingFor",
        query = "SELECT e FROM Enrolment e, TrainingProfile t WHERE t.person = e.person AND t.lineManager.email = :managerEmail"
                + " AND e.status = org.govtechhub.training.EnrolmentStatus.PENDING_APPROVAL ORDER BY e.requestedAt")
public class Enrolment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CourseSession session;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "queue_number")
    private int queueNumber;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "attendance_pct")
    private Integer attendancePct;

    @Column(name = "assessment_passed")
    private Boolean assessmentPassed;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @OneToMany(mappedBy = "enrolment", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<PracticeProject> projects = new ArrayList<>();

    protected Enrolment() {
    }

    /**
     * A request to join a session: it waits for the line manager when the course needs approval,
     * otherwise it gets a seat or a place on the waitlist at once.
     */
    static Enrolment request(CourseSession session, Person person, LocalDateTime now, long enrolledCount) {
        Enrolment enrolment = new Enrolment();
        enrolment.session = session;
        enrolment.person = person;
        enrolment.requestedAt = now;
        if (session.getCourse().isApprovalRequired()) {
            enrolment.status = EnrolmentStatus.PENDING_APPROVAL;
        } else {
            session.admit(enrolment, enrolledCount);
        }
        return enrolment;
    }

    void seat() {
        status = EnrolmentStatus.ENROLLED;
    }

    void queue(int number) {
        status = EnrolmentStatus.WAITLISTED;
        queueNumber = number;
    }

    public void approve(String manager, String comment, long enrolledCount) {
        requireStatus(EnrolmentStatus.PENDING_APPROVAL, "training.enrolment.notPending");
        decidedBy = manager;
        decisionComment = comment;
        session.admit(this, enrolledCount);
    }

    public void decline(String manager, String comment) {
        requireStatus(EnrolmentStatus.PENDING_APPROVAL, "training.enrolment.notPending");
        if (comment == null || comment.isBlank()) {
            throw new BusinessException("training.enrolment.commentRequired");
        }
        decidedBy = manager;
        decisionComment = comment.strip();
        status = EnrolmentStatus.DECLINED;
    }

    /** Cancels before the session's cancellation deadline; says whether a seat became free. */
    public boolean cancel(LocalDate today) {
        if (!status.isActive()) {
            throw new BusinessException("training.enrolment.notCancellable");
        }
        if (today.isAfter(session.getCancellationDeadline())) {
            throw new BusinessException("training.enrolment.cancellationClosed", session.getCancellationDeadline());
        }
        boolean hadSeat = status == EnrolmentStatus.ENROLLED;
        status = EnrolmentStatus.CANCELLED;
        return hadSeat;
    }

    /** The first in line takes a freed seat. */
    void promote() {
        requireStatus(EnrolmentStatus.WAITLISTED, "training.enrolment.notWaitlisted");
        status = EnrolmentStatus.ENROLLED;
    }

    public void recordResults(Integer attendance, Boolean passed) {
        requireStatus(EnrolmentStatus.ENROLLED, "training.enrolment.notEnrolled");
        if (attendance != null && (attendance < 0 || attendance > 100)) {
            throw new BusinessException("training.enrolment.attendanceOutOfRange");
        }
        attendancePct = attendance;
        assessmentPassed = passed;
    }

    public PracticeProject submitProject(String title, String description) {
        requireStatus(EnrolmentStatus.ENROLLED, "training.enrolment.notEnrolled");
        PracticeProject project = new PracticeProject(this, title, description);
        projects.add(project);
        return project;
    }

    /** What is still missing to complete the course, as message keys with their parameters. */
    public List<BusinessException> missingForCompletion() {
        Course course = session.getCourse();
        List<BusinessException> missing = new ArrayList<>();
        int attendance = attendancePct == null ? 0 : attendancePct;
        if (attendance < course.getAttendanceRequiredPct()) {
            missing.add(new BusinessException("training.completion.attendance", attendance, course.getAttendanceRequiredPct()));
        }
        if (course.isAssessmentRequired() && !Boolean.TRUE.equals(assessmentPassed)) {
            missing.add(new BusinessException("training.completion.assessment"));
        }
        if (acceptedProjects() < course.getPracticeProjectsRequired()) {
            missing.add(new BusinessException("training.completion.projects", acceptedProjects(), course.getPracticeProjectsRequired()));
        }
        return missing;
    }

    /** Completes the course when every criterion is met, and issues the certificate. */
    public Certificate complete(LocalDateTime now) {
        requireStatus(EnrolmentStatus.ENROLLED, "training.enrolment.notEnrolled");
        List<BusinessException> missing = missingForCompletion();
        if (!missing.isEmpty()) {
            throw missing.get(0);
        }
        status = EnrolmentStatus.COMPLETED;
        completedAt = now;
        return new Certificate(this, now);
    }

    public long acceptedProjects() {
        return projects.stream().filter(p -> p.getStatus() == ProjectStatus.ACCEPTED).count();
    }

    private void requireStatus(EnrolmentStatus expected, String messageKey) {
        if (status != expected) {
            throw new BusinessException(messageKey);
        }
    }

    @Override
    protected String auditSummary() {
        return person.getEmail() + " " + session + " " + status;
    }

    public CourseSession getSession() {
        return session;
    }

    public Person getPerson() {
        return person;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public int getQueueNumber() {
        return queueNumber;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Integer getAttendancePct() {
        return attendancePct;
    }

    public Boolean getAssessmentPassed() {
        return assessmentPassed;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public List<PracticeProject> getProjects() {
        return projects;
    }
}
