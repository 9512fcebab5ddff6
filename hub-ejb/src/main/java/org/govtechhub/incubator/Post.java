package org.govtechhub.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A post of the incubator's promotion: news, a case study, a video interview (a link to it, https only) or a world
 * digest, written by a program manager and tagged with published projects of the catalogue. Drafted, published (the
 * first publication's time is kept: publishing it again is not news), and taken back to draft. Its address (slug),
 * made from the first title, never changes. A published post is complete: a title, a summary, and for a video
 * interview its link.
 */
@Entity
@Table(name = "post")
@NamedQuery(name = "Post.bySlug", query = "SELECT p FROM Post p WHERE p.slug = :slug")
@NamedQuery(name = "Post.slugsLike", query = "SELECT p.slug FROM Post p WHERE p.slug = :slug OR p.slug LIKE :numbered")
@NamedQuery(name = "Post.published", query = "SELECT p FROM Post p WHERE p.status = :published ORDER BY p.publishedAt DESC, p.id DESC")
@NamedQuery(name = "Post.countPublished", query = "SELECT COUNT(p) FROM Post p WHERE p.status = :published")
@NamedQuery(name = "Post.publishedOfKind", query = "SELECT p FROM Post p WHERE p.status = :published AND p.kind = :kind ORDER BY p.publishedAt DESC, p.id DESC")
@NamedQuery(name = "Post.countPublishedOfKind", query = "SELECT COUNT(p) FROM Post p WHERE p.status = :published AND p.kind = :kind")
@NamedQuery(name = "Post.publishedSince", query = "SELECT p FROM Post p WHERE p.status = :published AND p.publishedAt > :since ORDER BY p.publishedAt DESC, p.id DESC")
@NamedQuery(name = "Post.ofProject", query = "SELECT p FROM Post p JOIN p.projects t WHERE t = :project AND p.status = :published ORDER BY p.publishedAt DESC, p.id DESC")
@NamedQuery(name = "Post.all", query = "SELECT p FROM Post p ORDER BY p.updatedAt DESC, p.id DESC")
@NamedQuery(name = "Post.countAll", query = "SELECT COUNT(p) FROM Post p")
public class Post extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 500;
    public static final int MAX_BODY = 20_000;
    /** The most projects one post is tagged with. */
    public static final int MAX_PROJECTS = 10;

    @Column(updatable = false)
    private String slug;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PostKind kind = PostKind.NEWS;

    @NotBlank
    @Size(max = MAX_TITLE)
    private String title;

    @Size(max = MAX_SUMMARY)
    private String summary;

    @Size(max = MAX_BODY)
    private String body;

    @Size(max = 500)
    @Column(name = "video_url")
    private String videoUrl;

    @Enumerated(EnumType.STRING)
    private PostStatus status = PostStatus.DRAFT;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Person author;

    @ManyToMany
    @JoinTable(name = "post_project", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "project_id"))
    private Set<Project> projects = new HashSet<>();

    protected Post() {
    }

    public Post(PostKind kind, String title, String slug, Person author) {
        if (blank(title)) {
            throw new BusinessException("incubatorPost.titleRequired");
        }
        this.kind = kind == null ? PostKind.NEWS : kind;
        this.title = title.strip();
        this.slug = slug;
        this.author = author;
    }

    /**
     * Tags the post with these projects, which must be in the public catalogue (at most {@value #MAX_PROJECTS}); the
     * tags it had are replaced.
     */
    public void tag(Collection<Project> chosen) {
        if (chosen.size() > MAX_PROJECTS) {
            throw new BusinessException("incubatorPost.tooManyProjects", MAX_PROJECTS);
        }
        for (Project project : chosen) {
            if (!project.isPublished()) {
                throw new BusinessException("incubatorPost.projectNotPublished", project.getName());
            }
        }
        projects.retainAll(chosen);
        projects.addAll(chosen);
    }

    /** Publishes a complete draft; its first publication's time stays its time. */
    public void publish(LocalDateTime nowUtc) {
        if (status != PostStatus.DRAFT) {
            throw new BusinessException("incubatorPost.wrongStatus", title, status);
        }
        requireComplete();
        status = PostStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = nowUtc;
        }
    }

    /** Takes a published post out of the public list and the feed, back to draft. */
    public void unpublish() {
        if (status != PostStatus.PUBLISHED) {
            throw new BusinessException("incubatorPost.wrongStatus", title, status);
        }
        status = PostStatus.DRAFT;
    }

    /**
     * What a published post needs, checked when it is published and whenever a published post is changed: a title, a
     * summary, and for a video interview an https link to the video; a link that is there at all must be https.
     */
    public void requireComplete() {
        if (blank(title)) {
            throw new BusinessException("incubatorPost.titleRequired");
        }
        if (!blank(videoUrl) && !isHttps(videoUrl)) {
            throw new BusinessException("incubatorPost.videoUrlInvalid", videoUrl);
        }
        if (blank(summary)) {
            throw new BusinessException("incubatorPost.summaryRequired", title);
        }
        if (kind == PostKind.VIDEO_INTERVIEW && blank(videoUrl)) {
            throw new BusinessException("incubatorPost.videoUrlRequired", title);
        }
    }

    /**
     * Checks a change: a video link, if there is one, must be https; a published post must stay complete
     * ({@link #requireComplete}).
     */
    public void checkChange() {
        if (blank(title)) {
            throw new BusinessException("incubatorPost.titleRequired");
        }
        if (!blank(videoUrl) && !isHttps(videoUrl)) {
            throw new BusinessException("incubatorPost.videoUrlInvalid", videoUrl);
        }
        if (isPublished()) {
            requireComplete();
        }
    }

    /** Whether the text is an https address without spaces (the only kind of video link a post offers). */
    public static boolean isHttps(String link) {
        return link != null && link.strip().matches("https://[^\\s/?#]+\\S*");
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }

    public boolean isPublishable() {
        return status == PostStatus.DRAFT;
    }

    /** The tagged projects, by name. */
    public List<Project> getProjectList() {
        List<Project> list = new ArrayList<>(projects);
        list.sort(Comparator.comparing(Project::getName, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getSlug() {
        return slug;
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
        this.title = title == null ? null : title.strip();
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null ? null : summary.strip();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl == null || videoUrl.isBlank() ? null : videoUrl.strip();
    }

    public PostStatus getStatus() {
        return status;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public Person getAuthor() {
        return author;
    }

    public Set<Project> getProjects() {
        return projects;
    }

    @Override
    protected String auditSummary() {
        return slug + " (" + kind + ", " + status + ")";
    }
}
