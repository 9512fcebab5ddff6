package org.govtechhub.incubator;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One subscriber's weekly digest, in plain Java: the posts and the newly published projects since their last digest,
 * newest first, at most {@value #MAX_ITEMS} of each, and the mail's message key and parameters for the notification
 * outbox, as many items as the outbox holds (the mail says where the rest are). The words are the bundle's (the key chosen by what there is to tell); the
 * lines are the items' own titles, summaries and addresses. Nothing new: an empty digest, which is not sent.
 */
public final class Digest {

    /** Items of each kind in one mail, at most. */
    public static final int MAX_ITEMS = 20;
    /** A summary is cut to this many characters in the mail. */
    static final int SUMMARY_LENGTH = 160;
    /** The longest parameters a notification holds (its column, {@code notification.parameters}). */
    public static final int MAX_PARAMETERS = 2000;

    public static final String BOTH = "notification.incubatorDigest.digest";
    public static final String POSTS_ONLY = "notification.incubatorDigest.digestPosts";
    public static final String PROJECTS_ONLY = "notification.incubatorDigest.digestProjects";

    /** A post or a project as the digest tells it: its title, a line about it, its address below the application's, when it was published. */
    public record Item(String title, String summary, String path, LocalDateTime publishedAt) {
        public Item {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(publishedAt, "publishedAt");
        }

        public static Item of(Post post) {
            return new Item(post.getTitle(), post.getSummary(), "posts/" + post.getSlug(), post.getPublishedAt());
        }

        public static Item of(Project project) {
            return new Item(project.getName(), project.getTagline(), "projects/" + project.getSlug(), project.getPublishedAt());
        }
    }

    private final LocalDateTime since;
    private final List<Item> posts;
    private final List<Item> projects;

    private Digest(LocalDateTime since, List<Item> posts, List<Item> projects) {
        this.since = since;
        this.posts = posts;
        this.projects = projects;
    }

    /** What is new after {@code since} (exclusive) among these candidates, newest first, at most {@value #MAX_ITEMS} of each. */
    public static Digest since(LocalDateTime since, List<Item> postCandidates, List<Item> projectCandidates) {
        return new Digest(since, newest(since, postCandidates), newest(since, projectCandidates));
    }

    private static List<Item> newest(LocalDateTime since, List<Item> candidates) {
        return candidates.stream().filter(i -> since == null || i.publishedAt().isAfter(since))
                .sorted(Comparator.comparing(Item::publishedAt).reversed()).limit(MAX_ITEMS).toList();
    }

    public boolean isEmpty() {
        return posts.isEmpty() && projects.isEmpty();
    }

    public LocalDateTime getSince() {
        return since;
    }

    public List<Item> getPosts() {
        return posts;
    }

    public List<Item> getProjects() {
        return projects;
    }

    /** A digest's mail for the notification outbox: its bundle key and its parameters. */
    public record Mail(String messageKey, Object[] parameters) {
    }

    /**
     * The mail: the bundle key (with both sections, or only the one there is something in) and its parameters: {0} the
     * posts' lines, {1} the projects' lines, {2} the address of all posts, {3} the one-click unsubscribe link.
     * {@code base} is the application's address, ending in a slash. The parameters fit the outbox's column
     * ({@value #MAX_PARAMETERS} characters): items are taken newest first, a post and a project in turn, while they
     * fit; the rest are a click away on the posts page.
     */
    public Mail mail(String base, String unsubscribeLink) {
        if (isEmpty()) {
            throw new IllegalStateException("An empty digest is not sent");
        }
        String allPosts = base + "posts";
        int budget = MAX_PARAMETERS - allPosts.length() - unsubscribeLink.length() - 3;
        StringBuilder postLines = new StringBuilder();
        StringBuilder projectLines = new StringBuilder();
        int p = 0;
        int q = 0;
        boolean postsFit = true;
        boolean projectsFit = true;
        while ((postsFit && p < posts.size()) || (projectsFit && q < projects.size())) {
            if (postsFit && p < posts.size()) {
                String line = lines(List.of(posts.get(p)), base);
                postsFit = postLines.length() + projectLines.length() + line.length() <= budget;
                if (postsFit) {
                    postLines.append(line);
                    p++;
                }
            }
            if (projectsFit && q < projects.size()) {
                String line = lines(List.of(projects.get(q)), base);
                projectsFit = postLines.length() + projectLines.length() + line.length() <= budget;
                if (projectsFit) {
                    projectLines.append(line);
                    q++;
                }
            }
        }
        String key = p == 0 ? PROJECTS_ONLY : q == 0 ? POSTS_ONLY : BOTH;
        return new Mail(key, new Object[] {postLines.toString(), projectLines.toString(), allPosts, unsubscribeLink});
    }

    /** Each item as "• title", its summary, its address, one per line; control characters and line breaks in the texts become spaces. */
    static String lines(List<Item> items, String base) {
        StringBuilder text = new StringBuilder();
        for (Item item : items) {
            text.append("\u2022 ").append(oneLine(item.title())).append('\n');
            String summary = oneLine(item.summary());
            if (!summary.isEmpty()) {
                text.append("  ").append(summary.length() <= SUMMARY_LENGTH ? summary
                        : summary.substring(0, SUMMARY_LENGTH - 1).stripTrailing() + "\u2026").append('\n');
            }
            text.append("  ").append(base).append(item.path()).append('\n');
        }
        return text.toString();
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
