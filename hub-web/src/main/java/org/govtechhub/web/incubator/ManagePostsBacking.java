package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.Post;
import org.govtechhub.incubator.PostKind;
import org.govtechhub.incubator.PromotionService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;
import org.govtechhub.web.shared.PagedModel;

import java.io.Serializable;

/**
 * incubator/manage/posts.xhtml: every post, drafts too, last changed first (a lazy table); a program manager starts a
 * new one by its kind and title and goes on to write it, or publishes and unpublishes from the list.
 */
@Named
@ViewScoped
public class ManagePostsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PromotionService promotion;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private final PagedModel<Post> posts = new PagedModel<>(() -> promotion.countAll(), (first, max) -> promotion.all(first, max));
    private PostKind kind = PostKind.NEWS;
    private String title;

    public String draft() {
        Post post = promotion.draft(kind, title, user.email());
        return "/incubator/manage/post-edit?faces-redirect=true&id=" + post.getId();
    }

    public void publish(Long id) {
        messages.info("incubatorPost.published", promotion.publish(id).getTitle());
    }

    public void unpublish(Long id) {
        messages.info("incubatorPost.unpublished", promotion.unpublish(id).getTitle());
    }

    public PagedModel<Post> getPosts() {
        return posts;
    }

    public PostKind[] getKinds() {
        return PostKind.values();
    }

    public PostKind getKind() {
        return kind;
    }

    public void setKind(PostKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
