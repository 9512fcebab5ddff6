package org.govtechhub.web.training;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.shared.Clock;
import org.govtechhub.training.CourseService;
import org.govtechhub.training.CourseSession;
import org.govtechhub.training.Enrolment;
import org.govtechhub.training.EnrolmentService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.util.List;

/** training/catalog.xhtml: upcoming course sessions with their free seats; enrol in one. */
@Named
@RequestScoped
public class CatalogBacking {

    @EJB
    private CourseService courses;

    @EJB
    private EnrolmentService enrolments;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private List<CourseSession> sessions;

    public void enrol(CourseSession session) {
        Enrolment enrolment = enrolments.enrol(user.email(), session.getId());
        messages.info("training_catalog.enrolled." + enrolment.getStatus().name(), session.getCourse().getTitle(),
                enrolment.getQueueNumber());
    }

    public long seatsTaken(CourseSession session) {
        return enrolments.seatsTaken(session);
    }

    public List<CourseSession> getSessions() {
        if (sessions == null) {
            sessions = courses.upcomingSessions(Clock.now().toLocalDate());
        }
        return sessions;
    }
}
