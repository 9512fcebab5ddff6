package org.govtechhub.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDate;

/**
 * A dated run of a course: where, who teaches, how many seats, and until when one may enrol and
 * cancel. Seats are given in arrival order; beyond capacity people queue on the waitlist.
 */
@Entity
@Table(name = "course_session")
@NamedQuery(name = "CourseSession.upcoming",
        query = "SELECT s FROM CourseSession s WHERE s.endsOn >= :today ORDER BY s.startsOn, s.id")
@NamedQuery(name = "CourseSession.upcomingWith",
        query = "SELECT s FROM CourseSession s WHERE s.endsOn >= :today AND (LOWER(s.course.title) LIKE :text ESCAPE '\\' "
                + "OR LOWER(s.course.track.name) LIKE :text ESCAPE '\\') ORDER BY s.startsOn, s.id")
@NamedQuery(name = "CourseSession.countUpcomingWith",
        query = "SELECT COUNT(s) FROM CourseSession s WHERE s.endsOn >= :today AND (LOWER(s.course.title) LIKE :text ESCAPE '\\' "
                + "OR LOWER(s.course.track.name) LIKE :text ESCAPE '\\')")
@NamedQuery(name = "CourseSession.ofCourse", query = "SELECT s FROM CourseSession s WHERE s.course = :course ORDER BY s.startsOn")
public class CourseSession extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne
    @JoinColumn(name = "course_id")
    private Course course;

    @NotNull
    @Column(name = "starts_on")
    private LocalDate startsOn;

    @NotNull
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @NotBlank
    @Size(max = 500)
    private String place;

    @ManyToOne
    @JoinColumn(name = "instructor_id")
    private Person instructor;

    @Min(1)
    @Max(10000)
    private int capacity;

    @NotNull
    @Column(name = "enrolment_deadline")
    private LocalDate enrolmentDeadline;

    @NotNull
    @Column(name = "cancellation_deadline")
    private LocalDate cancellationDeadline;

    @Column(name = "waitlist_counter")
    private int waitlistCounter;

    protected CourseSession() {
    }

    public CourseSession(Course course, LocalDate startsOn, LocalDate endsOn, String place, int capacity,
                         LocalDate enrolmentDeadline, LocalDate cancellationDeadline) {
        this.course = course;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.place = place;
        this.capacity = capacity;
        this.enrolmentDeadline = enrolmentDeadline;
        this.cancellationDeadline = cancellationDeadline;
    }

    public static CourseSession blankOf(Course course) {
        CourseSession session = new CourseSession();
        session.course = course;
        return session;
    }

    /** Dates must follow each other: deadlines no later than the end, the end no earlier than the start. */
    public void checkDates() {
        if (endsOn.isBefore(startsOn)) {
            throw new BusinessException("training.session.endsBeforeStart");
        }
        if (enrolmentDeadline.isAfter(endsOn) || cancellationDeadline.isAfter(endsOn)) {
            throw new BusinessException("training.session.deadlineAfterEnd");
        }
    }

    public void checkOpenForEnrolment(LocalDate today) {
        if (today.isAfter(enrolmentDeadline)) {
            throw new BusinessException("training.enrolment.deadlinePassed", enrolmentDeadline);
        }
    }

    /** Gives a seat when one is free, else the next place on the waitlist. */
    void admit(Enrolment enrolment, long enrolledCount) {
        if (enrolledCount < capacity) {
            enrolment.seat();
        } else {
            enrolment.queue(++waitlistCounter);
        }
    }

    public boolean hasFreeSeat(long enrolledCount) {
        return enrolledCount < capacity;
    }

    @Override
    protected String auditSummary() {
        return course.getTitle() + " " + startsOn;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Person getInstructor() {
        return instructor;
    }

    public void setInstructor(Person instructor) {
        this.instructor = instructor;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public LocalDate getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    public void setEnrolmentDeadline(LocalDate enrolmentDeadline) {
        this.enrolmentDeadline = enrolmentDeadline;
    }

    public LocalDate getCancellationDeadline() {
        return cancellationDeadline;
    }

    public void setCancellationDeadline(LocalDate cancellationDeadline) {
        this.cancellationDeadline = cancellationDeadline;
    }

    @Override
    public String toString() {
        return course.getTitle() + " (" + startsOn + ")";
    }
}
