package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.ProjectService;
import org.govtechhub.web.shared.CurrentUser;

import java.util.List;

/**
 * incubator/my-projects.xhtml: the projects I own (or my startup has), with their status, and a new one started by its
 * name. A name another project has is refused, naming that project; what was typed stays.
 */
@Named
@RequestScoped
public class MyProjectsBacking {

    @EJB
    private ProjectService projectService;

    @Inject
    private CurrentUser user;

    private String name;
    private List<Project> projects;

    public List<Project> getProjects() {
        if (projects == null) {
            projects = projectService.mine(user.email());
        }
        return projects;
    }

    /** Starts the draft and opens it to be filled in. */
    public String start() {
        Project draft = projectService.draft(name, user.email());
        return "/incubator/project-edit?faces-redirect=true&id=" + draft.getId();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
