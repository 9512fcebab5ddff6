package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.incubator.CatalogueService;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.ProjectRevision;
import org.govtechhub.incubator.ProjectService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * incubator/manage/review.xhtml?id=: a program manager reads a project as the catalogue would show it, with its
 * history, and publishes it or returns it with a reason (a published one too: that takes it out of the catalogue).
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProjectService projectService;

    @EJB
    private CatalogueService catalogue;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Project project;
    private List<ProjectRevision> history;
    private List<Outcome> evidence;
    private String reason;

    public void load() {
        show(projectService.get(id));
    }

    public String publish() {
        Project published = projectService.publish(id);
        messages.info("incubator_review.published", published.getName());
        return "/incubator/manage/moderation?faces-redirect=true";
    }

    public String returnWithReason() {
        Project returned = projectService.returnWithReason(id, reason);
        messages.info("incubator_review.returned", returned.getName());
        return "/incubator/manage/moderation?faces-redirect=true";
    }

    private void show(Project shown) {
        project = shown;
        history = projectService.history(shown);
        evidence = catalogue.evidence(shown);
    }

    public List<String> getRegionNames() {
        return project.getRegions().stream().map(r -> r.name(user.locale())).sorted(Comparator.naturalOrder()).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Project getProject() {
        return project;
    }

    public List<ProjectRevision> getHistory() {
        return history;
    }

    public List<Outcome> getEvidence() {
        return evidence;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
