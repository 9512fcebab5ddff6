package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.BusinessModel;
import org.govtechhub.incubator.CatalogueService;
import org.govtechhub.incubator.GovernmentLevel;
import org.govtechhub.incubator.Need;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.ProjectRevision;
import org.govtechhub.incubator.ProjectService;
import org.govtechhub.incubator.ProjectStage;
import org.govtechhub.incubator.Region;
import org.govtechhub.incubator.Sector;
import org.govtechhub.incubator.SupportRequest;
import org.govtechhub.incubator.SupportService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * incubator/project-edit.xhtml?id=: my project, to fill in and keep up to date: everything the catalogue shows, where it
 * runs, what it needs. A draft or a returned project is submitted for moderation; a published one stays published
 * with each change in its history. While it waits for moderation it is read-only. Someone else's id is "not found".
 */
@Named
@ViewScoped
public class ProjectEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProjectService projectService;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private SupportService supportService;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Project project;
    private List<String> regions;
    private GovernmentLevel[] levels;
    private Need[] needs;
    private List<ProjectRevision> history;
    private List<Region> allRegions;
    private List<SupportRequest> support;
    private Need supportKind;
    private String supportDescription;

    public void load() {
        show(projectService.forOwner(id, user.email()));
        allRegions = catalogue.regions();
        support = supportService.ofProject(id, user.email());
    }

    /** Asks the program managers for support of the chosen kind; what was typed stays if it is refused. */
    public void requestSupport() {
        supportService.request(id, supportKind, supportDescription, user.email());
        messages.info("incubator_support.requested", project.getName());
        support = supportService.ofProject(id, user.email());
        supportKind = null;
        supportDescription = null;
    }

    public void save() {
        show(store());
        messages.info("incubator_edit.saved", project.getName());
    }

    /** Saves what was typed, then submits it; a refusal leaves the changes saved and says what is missing. */
    public String submit() {
        show(store());
        Project submitted = projectService.submit(id, user.email());
        messages.info("incubator_edit.submitted", submitted.getName());
        return "/incubator/project-edit?faces-redirect=true&id=" + id;
    }

    private Project store() {
        project.setLevels(levels == null || levels.length == 0 ? EnumSet.noneOf(GovernmentLevel.class) : EnumSet.copyOf(List.of(levels)));
        project.setNeeds(needs == null || needs.length == 0 ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(List.of(needs)));
        List<String> chosen = regions == null ? List.of() : regions;
        return projectService.update(project, chosen, user.email());
    }

    private void show(Project shown) {
        project = shown;
        regions = new ArrayList<>(shown.getRegions().stream().map(Region::getCode).sorted().toList());
        levels = shown.getLevels().toArray(GovernmentLevel[]::new);
        needs = shown.getNeeds().toArray(Need[]::new);
        history = projectService.history(shown);
    }

    public String regionName(Region region) {
        return region.name(user.locale());
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public ProjectStage[] getStages() {
        return ProjectStage.values();
    }

    public BusinessModel[] getModels() {
        return BusinessModel.values();
    }

    public GovernmentLevel[] getAllLevels() {
        return GovernmentLevel.values();
    }

    public Need[] getAllNeeds() {
        return Need.values();
    }

    public List<Region> getAllRegions() {
        return allRegions;
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

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions;
    }

    public GovernmentLevel[] getLevels() {
        return levels;
    }

    public void setLevels(GovernmentLevel[] levels) {
        this.levels = levels;
    }

    public Need[] getNeeds() {
        return needs;
    }

    public void setNeeds(Need[] needs) {
        this.needs = needs;
    }

    public List<SupportRequest> getSupport() {
        return support;
    }

    public Need getSupportKind() {
        return supportKind;
    }

    public void setSupportKind(Need supportKind) {
        this.supportKind = supportKind;
    }

    public String getSupportDescription() {
        return supportDescription;
    }

    public void setSupportDescription(String supportDescription) {
        this.supportDescription = supportDescription;
    }

    public List<ProjectRevision> getHistory() {
        return history;
    }
}
