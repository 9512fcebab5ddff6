package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.govtechhub.incubator.Post;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.PromotionService;

import java.util.List;

/** WEB-INF/includes/project-posts.xhtml on a project's public page: the published posts tagged with the project, newest first. */
@Named
@RequestScoped
public class ProjectPostsBacking {

    @EJB
    private PromotionService promotion;

    private List<Post> posts;

    public List<Post> of(Project project) {
        if (posts == null) {
            posts = project == null ? List.of() : promotion.ofProject(project);
        }
        return posts;
    }
}
