package org.govtechhub.web.training;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.training.Enrolment;
import org.govtechhub.training.EnrolmentService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** training/approvals.xhtml: enrolment requests of the people I manage; approve or decline with a comment. */
@Named
@ViewScoped
public class ApprovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EnrolmentService enrolments;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private final Map<Long, String> comments = new HashMap<>();

    public void approve(Enrolment enrolment) {
        Enrolment decided = enrolments.approve(user.email(), enrolment.getId(), comments.get(enrolment.getId()));
        messages.info("training_approvals.approved", decided.getPerson().getFullName(), decided.getSession().getCourse().getTitle());
    }

    public void decline(Enrolment enrolment) {
        Enrolment decided = enrolments.decline(user.email(), enrolment.getId(), comments.get(enrolment.getId()));
        messages.info("training_approvals.declined", decided.getPerson().getFullName(), decided.getSession().getCourse().getTitle());
    }

    public List<Enrolment> getRequests() {
        return enrolments.awaitingApprovalBy(user.email());
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
