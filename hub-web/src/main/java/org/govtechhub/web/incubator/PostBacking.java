package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.govtechhub.incubator.Post;
import org.govtechhub.incubator.PromotionService;

/** incubator/post.xhtml, at /posts/&lt;slug&gt;: one published post with the projects it is about; a draft or an unknown address is "not found" (404). */
@Named
@RequestScoped
public class PostBacking {

    @EJB
    private PromotionService promotion;

    private String slug;
    private Post post;

    public void load() {
        post = promotion.bySlug(slug);
    }

    public Post getPost() {
        return post;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
