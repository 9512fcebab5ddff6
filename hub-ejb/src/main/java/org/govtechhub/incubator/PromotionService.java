package org.govtechhub.incubator;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The incubator's posts. Program managers draft, edit, publish and unpublish them (the pages under
 * {@code /incubator/manage/} are theirs alone); everyone reads the published ones: a paged list, by kind, one by its
 * address, a project's posts, and the feeds' newest. A draft reaches nobody but the managers: asked for by its address,
 * it is "not found".
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class PromotionService extends CrudService<Post> {

    @EJB
    private Caller caller;

    /** The newest entries a feed holds. */
    public static final int FEED_ENTRIES = 50;
    /** A project's page shows this many of its posts at most. */
    public static final int POSTS_OF_PROJECT = 20;
    private static final int SUGGESTIONS = 10;

    @EJB
    private PersonService people;

    public PromotionService() {
        super(Post.class);
    }

    /** Starts a draft of this kind under this title, at an address made from the title that no other post has. */
    public Post draft(PostKind kind, String title, String email) {
        caller.requireSelf(email);
        Person me = people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(email));
        if (title == null || title.isBlank()) {
            throw new BusinessException("incubatorPost.titleRequired");
        }
        return save(new Post(kind, title, freeSlug(SearchTerms.slug(title)), me), true);
    }

    /**
     * Saves a manager's changes and tags the post with the published projects at these addresses. A published post
     * stays published and must stay complete; the address never changes.
     */
    public Post update(@NotNull @Valid Post changed, Collection<String> projectSlugs) {
        get(changed.getId());
        Post saved = save(changed, false);
        saved.tag(projects(projectSlugs));
        saved.checkChange();
        em.flush();
        return saved;
    }

    public Post publish(Long id) {
        Post post = get(id);
        post.publish(Clock.now());
        return post;
    }

    public Post unpublish(Long id) {
        Post post = get(id);
        post.unpublish();
        return post;
    }

    /** Every post, drafts too, last changed first: the managers' list. */
    public List<Post> all(int first, int max) {
        return em.createNamedQuery("Post.all", Post.class).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    public long countAll() {
        return em.createNamedQuery("Post.countAll", Long.class).getSingleResult();
    }

    /** The published posts, newest first, of one kind or (null) of every kind, from {@code first}, at most {@code max} (≤ 200). */
    @PermitAll
    public List<Post> published(PostKind kind, int first, int max) {
        var query = kind == null ? em.createNamedQuery("Post.published", Post.class)
                : em.createNamedQuery("Post.publishedOfKind", Post.class).setParameter("kind", kind);
        return query.setParameter("published", PostStatus.PUBLISHED).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    @PermitAll
    public long countPublished(PostKind kind) {
        var query = kind == null ? em.createNamedQuery("Post.countPublished", Long.class)
                : em.createNamedQuery("Post.countPublishedOfKind", Long.class).setParameter("kind", kind);
        return query.setParameter("published", PostStatus.PUBLISHED).getSingleResult();
    }

    /** A published post by its address; a draft or an unknown address is "not found". */
    @PermitAll
    public Post bySlug(String slug) {
        return em.createNamedQuery("Post.bySlug", Post.class).setParameter("slug", slug == null ? "" : slug)
                .getResultStream().filter(Post::isPublished).findFirst().orElseThrow(() -> BusinessException.notFound(slug));
    }

    /** The published posts tagged with this project, newest first, at most {@value #POSTS_OF_PROJECT}. */
    @PermitAll
    public List<Post> ofProject(Project project) {
        return em.createNamedQuery("Post.ofProject", Post.class).setParameter("project", project)
                .setParameter("published", PostStatus.PUBLISHED).setMaxResults(POSTS_OF_PROJECT).getResultList();
    }

    /** The newest published projects, by the time they were first published: the projects feed. */
    @PermitAll
    public List<Project> newlyPublishedProjects(int max) {
        return em.createQuery("SELECT p FROM Project p WHERE p.status = :published AND p.publishedAt IS NOT NULL"
                        + " ORDER BY p.publishedAt DESC, p.id DESC", Project.class)
                .setParameter("published", ProjectStatus.PUBLISHED).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    /** Published projects whose name contains the words typed, for tagging a post (an autocomplete, not a menu of all). */
    public List<Project> projectsToTag(String typed) {
        if (typed == null || typed.strip().length() < 2) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Project p WHERE p.status = :published AND LOWER(p.name) LIKE :words"
                        + " ORDER BY p.name", Project.class)
                .setParameter("published", ProjectStatus.PUBLISHED).setParameter("words", "%" + typed.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[%_\\\\]", "") + "%")
                .setMaxResults(SUGGESTIONS).getResultList();
    }

    /** A published project by its address, for the tag converter; empty for anything else. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public java.util.Optional<Project> projectToTag(String slug) {
        return em.createNamedQuery("Project.bySlug", Project.class).setParameter("slug", slug == null ? "" : slug)
                .getResultStream().filter(Project::isPublished).findFirst();
    }

    private Set<Project> projects(Collection<String> slugs) {
        Set<Project> chosen = new HashSet<>();
        for (String slug : slugs == null ? List.<String>of() : new ArrayList<>(new LinkedHashSet<>(slugs))) {
            chosen.add(em.createNamedQuery("Project.bySlug", Project.class).setParameter("slug", slug).getResultStream()
                    .findFirst().orElseThrow(() -> BusinessException.notFound(slug)));
        }
        return chosen;
    }

    /** The slug, or the slug with the first free number when another post has it. */
    private String freeSlug(String slug) {
        Set<String> taken = new HashSet<>(em.createNamedQuery("Post.slugsLike", String.class).setParameter("slug", slug)
                .setParameter("numbered", slug + "-%").getResultList());
        String free = slug;
        for (int n = 2; taken.contains(free); n++) {
            free = slug + "-" + n;
        }
        return free;
    }
}
