package org.govtechhub.training;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds the data a training test needs through the real services: people, courses, sessions. */
@Stateless
public class TrainingFixture {

    @EJB
    private PersonService people;

    @EJB
    private CourseService courses;

    @EJB
    private TrainingProfileService profiles;

    public Person civilServant(String name) {
        return people.createWithoutPassword(new Person(name, name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID()
                + "@example.org", null, EnumSet.of(Role.CIVIL_SERVANT)));
    }

    public void reportsTo(Person person, Person manager) {
        TrainingProfile profile = profiles.profileOf(person.getId());
        profile.setLineManager(people.get(manager.getId()));
        profiles.save(profile);
    }

    public Course course(String title, int hours, boolean approvalRequired, Course... prerequisites) {
        Track track = courses.saveTrack(new Track("Digital skills and data " + UUID.randomUUID(), null));
        Course course = new Course(track, title, CourseFormat.BLENDED, hours);
        course.setApprovalRequired(approvalRequired);
        course.setAttendanceRequiredPct(80);
        return courses.saveCourse(course, Map.of(), Set.of(prerequisites));
    }

    public Course raise(Course course, Skill skill, int level) {
        return courses.saveCourse(courses.get(course.getId()), Map.of(skill, level), Set.of());
    }

    public CourseSession session(Course course, int capacity, LocalDate enrolmentDeadline, LocalDate cancellationDeadline) {
        LocalDate start = LocalDate.now().plusDays(20);
        return courses.saveSession(new CourseSession(course, start, start.plusDays(4), "City Hall, room 4.12", capacity,
                enrolmentDeadline, cancellationDeadline));
    }

    public CourseSession openSession(Course course, int capacity) {
        return session(course, capacity, LocalDate.now().plusDays(10), LocalDate.now().plusDays(15));
    }
}
