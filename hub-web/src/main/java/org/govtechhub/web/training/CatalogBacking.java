package org.govtechhub.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.shared.Clock;
import org.govtechhub.training.CourseService;
import org.govtechhub.training.CourseSession;
import org.govtechhub.training.Enrolment;
import org.govtechhub.training.EnrolmentService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;
import org.govtechhub.web.shared.PagedModel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * training/catalog.xhtml?q=: the course sessions not yet over whose course or track has the words searched, soonest
 * first, twenty a page, with their seats taken (counted for the page at once); enrol in one.
 */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CourseService courses;

    @EJB
    private EnrolmentService enrolments;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private String search;
    private PagedModel<CourseSession> model;
    private Map<Long, Long> seatsTaken = Map.of();

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> courses.countUpcomingSessions(Clock.now().toLocalDate(), search), (first, max) -> {
            List<CourseSession> page = courses.upcomingSessions(Clock.now().toLocalDate(), search, first, max);
            seatsTaken = enrolments.seatsTaken(page);
            return page;
        });
    }

    /** Searches again from the first page, with the words in the address so the result can be shared. */
    public String go() {
        return "/training/catalog?faces-redirect=true&includeViewParams=true";
    }

    public void enrol(CourseSession session) {
        Enrolment enrolment = enrolments.enrol(user.email(), session.getId());
        messages.info("training_catalog.enrolled." + enrolment.getStatus().name(), session.getCourse().getTitle(),
                enrolment.getQueueNumber());
    }

    public long seatsTaken(CourseSession session) {
        return seatsTaken.getOrDefault(session.getId(), 0L);
    }

    public PagedModel<CourseSession> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
