package org.govtechhub.web.marketplace;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.PersonService;
import org.govtechhub.marketplace.SellingService;
import org.govtechhub.training.Course;
import org.govtechhub.training.CourseSession;
import org.govtechhub.training.Enrolment;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.util.List;

/**
 * marketplace/selling.xhtml: the "Selling to government" track for founders: its courses, the sessions open for
 * enrolment, the founder's enrolments and progress. The startup's profile page shows whether it is trained.
 */
@Named
@RequestScoped
public class SellingBacking {

    @EJB
    private SellingService selling;

    @EJB
    private PersonService people;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private List<Course> courses;
    private List<CourseSession> sessions;
    private List<Enrolment> mine;
    private Boolean trained;

    public void enrol(CourseSession session) {
        Enrolment enrolment = selling.enrol(user.email(), session.getId());
        messages.info("marketplace_selling.enrolled", session.getCourse().getTitle(), enrolment.getStatus());
        mine = null;
    }

    public List<Course> getCourses() {
        if (courses == null) {
            courses = selling.courses();
        }
        return courses;
    }

    public List<CourseSession> getSessions() {
        if (sessions == null) {
            sessions = selling.openSessions();
        }
        return sessions;
    }

    public List<Enrolment> getMine() {
        if (mine == null) {
            mine = selling.mine(user.email());
        }
        return mine;
    }

    public long getCompleted() {
        return selling.completedBy(user.email());
    }

    /** Whether the caller's startup is trained in selling to government (one of its founders completed the track). */
    public boolean isTrained() {
        if (trained == null) {
            trained = people.findByEmail(user.email()).map(p -> selling.isTrained(p.getOrganisation())).orElse(false);
        }
        return trained;
    }
}
