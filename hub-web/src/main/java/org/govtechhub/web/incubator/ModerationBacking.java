package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.ProjectService;

import java.util.List;

/** incubator/manage/moderation.xhtml: the projects waiting for a program manager, the longest waiting first. */
@Named
@RequestScoped
public class ModerationBacking {

    @EJB
    private ProjectService projectService;

    private List<Project> waiting;

    public List<Project> getWaiting() {
        if (waiting == null) {
            waiting = projectService.awaitingModeration();
        }
        return waiting;
    }
}
