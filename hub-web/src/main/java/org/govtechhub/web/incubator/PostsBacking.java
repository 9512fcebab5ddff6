package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.govtechhub.incubator.Post;
import org.govtechhub.incubator.PostKind;
import org.govtechhub.incubator.PromotionService;

import java.util.Arrays;
import java.util.List;

/**
 * incubator/posts.xhtml, at /posts?kind=&page=: the incubator's published posts, newest first, ten a page, all kinds or
 * one; every choice is a plain link, so a list can be bookmarked. A kind that means nothing is ignored. The page also
 * offers the weekly digest ({@link SubscribeBacking}) and the feeds.
 */
@Named
@RequestScoped
public class PostsBacking {

    static final int PAGE_SIZE = 10;

    @EJB
    private PromotionService promotion;

    private String kind;
    private int page = 1;
    private List<Post> posts;
    private long total = -1;

    public List<Post> getPosts() {
        if (posts == null) {
            posts = promotion.published(chosenKind(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return posts;
    }

    public long getTotal() {
        if (total < 0) {
            total = promotion.countPublished(chosenKind());
        }
        return total;
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<PostKind> getKinds() {
        return Arrays.asList(PostKind.values());
    }

    /** The chosen kind, or null for all (and for anything that is no kind). */
    public PostKind chosenKind() {
        return Arrays.stream(PostKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.min(Math.max(1, page), 10_000);
    }
}
