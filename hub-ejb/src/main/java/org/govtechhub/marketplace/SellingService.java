package org.govtechhub.marketplace;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.training.Course;
import org.govtechhub.training.CourseService;
import org.govtechhub.training.CourseSession;
import org.govtechhub.training.Enrolment;
import org.govtechhub.training.EnrolmentService;
import org.govtechhub.training.LearningPathService;
import org.govtechhub.training.Track;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Selling to government": the training context's track of that name, open to startup founders. Its courses need no
 * line manager's approval (founders have none), so a founder's enrolment takes a seat or a place on the waitlist at
 * once through the training context's own {@link EnrolmentService}; a program manager records the results and
 * completes it on the training context's roster as for anyone. A startup is trained in selling to government when one
 * of its founders has completed every course of the track.
 */
@Stateless
@PermitAll
public class SellingService {

    @EJB
    private Caller caller;

    /** The track's name in the training context. */
    public static final String TRACK = "Selling to government";

    @EJB
    private CourseService courses;

    @EJB
    private EnrolmentService enrolments;

    @EJB
    private LearningPathService paths;

    @EJB
    private PersonService people;

    public Optional<Track> track() {
        return courses.tracks().stream().filter(t -> t.getName().equals(TRACK)).findFirst();
    }

    /** The track's courses, by title. */
    public List<Course> courses() {
        return track().map(t -> courses.all().stream().filter(c -> c.getTrack().equals(t)).toList()).orElse(List.of());
    }

    /** The sessions of the track's courses that still take enrolments, soonest first. */
    @RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
    public List<CourseSession> openSessions() {
        java.time.LocalDate today = Clock.now().toLocalDate();
        return courses().stream().flatMap(c -> courses.sessionsOf(c).stream()).filter(s -> !today.isAfter(s.getEnrolmentDeadline()))
                .sorted(java.util.Comparator.comparing(CourseSession::getStartsOn)).toList();
    }

    /** A founder enrols in a session of the track; a session of another track is "not found" here. */
    @RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
    public Enrolment enrol(String email, Long sessionId) {
        caller.requireSelf(email);
        Person person = people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(email));
        CourseSession session = courses.session(sessionId);
        if (!person.hasRole(Role.STARTUP) || !TRACK.equals(session.getCourse().getTrack().getName())) {
            throw BusinessException.notFound(sessionId);
        }
        return enrolments.enrol(email, sessionId);
    }

    /** The caller's enrolments in the track's courses. */
    @RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
    public List<Enrolment> mine(String email) {
        caller.requireSelf(email);
        return enrolments.mine(email).stream().filter(e -> TRACK.equals(e.getSession().getCourse().getTrack().getName())).toList();
    }

    /** How many of the track's courses this person has completed. */
    public long completedBy(String email) {
        Set<Long> track = courses().stream().map(Course::getId).collect(Collectors.toSet());
        return paths.completedCourseIds(email).stream().filter(track::contains).distinct().count();
    }

    /** Whether one of the startup's founders has completed every course of the track. */
    public boolean isTrained(Organisation startup) {
        int all = courses().size();
        return startup != null && all > 0 && people.membersWithRole(startup, Role.STARTUP).stream()
                .anyMatch(p -> completedBy(p.getEmail()) >= all);
    }
}
