package org.govtechhub.web.training;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.govtechhub.training.EnrolmentService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

/** training/project.xhtml?enrolment=…: submit a practice project (an improvement implemented at work). */
@Named
@RequestScoped
public class ProjectBacking {

    @EJB
    private EnrolmentService enrolments;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long enrolment;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 4000)
    private String description;

    public String submit() {
        enrolments.submitProject(user.email(), enrolment, title, description);
        messages.info("training_project.submitted", title);
        return "/training/path?faces-redirect=true";
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
