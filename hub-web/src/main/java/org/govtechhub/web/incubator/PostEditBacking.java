package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.Post;
import org.govtechhub.incubator.PostKind;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.PromotionService;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * incubator/manage/post-edit.xhtml?id=: a program manager writes a post (kind, title, summary, text, video link) and
 * tags it with published projects, chosen by an autocomplete of their names; saves it, publishes it (what was typed is
 * saved first) or takes it back to draft. Its address is shown and never changes.
 */
@Named
@ViewScoped
public class PostEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PromotionService promotion;

    @Inject
    private Messages messages;

    private Long id;
    private Post post;
    private List<Project> projects;

    public void load() {
        show(promotion.get(id));
    }

    public void save() {
        show(store());
        messages.info("incubatorPost.saved", post.getTitle());
    }

    public String publish() {
        show(store());
        messages.info("incubatorPost.published", promotion.publish(id).getTitle());
        return "/incubator/manage/post-edit?faces-redirect=true&id=" + id;
    }

    public String unpublish() {
        messages.info("incubatorPost.unpublished", promotion.unpublish(id).getTitle());
        return "/incubator/manage/post-edit?faces-redirect=true&id=" + id;
    }

    public List<Project> completeProject(String typed) {
        return promotion.projectsToTag(typed);
    }

    private Post store() {
        List<String> slugs = projects == null ? List.of() : projects.stream().map(Project::getSlug).toList();
        return promotion.update(post, slugs);
    }

    private void show(Post shown) {
        post = shown;
        projects = new ArrayList<>(shown.getProjectList());
    }

    public PostKind[] getKinds() {
        return PostKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Post getPost() {
        return post;
    }

    public List<Project> getProjects() {
        return projects;
    }

    public void setProjects(List<Project> projects) {
        this.projects = projects;
    }
}
