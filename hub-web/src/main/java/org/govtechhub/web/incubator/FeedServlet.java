package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.incubator.AtomFeed;
import org.govtechhub.incubator.Post;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.PromotionService;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The incubator's public Atom feeds: {@code /feeds/posts.atom}, the newest published posts, and
 * {@code /feeds/projects.atom}, the newest published projects of the catalogue, {@value PromotionService#FEED_ENTRIES}
 * entries each, newest first. Addresses are below {@code hub.mail.link} when it is set (the application's public
 * address), else below the address the request came to. Titles in the reader's language (English or Russian).
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @EJB
    private PromotionService promotion;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String feed = request.getPathInfo() == null ? "" : request.getPathInfo();
        String base = base(request);
        ResourceBundle words = ResourceBundle.getBundle(Messages.BUNDLE,
                "ru".equals(request.getLocale().getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH, NO_FALLBACK);
        String xml;
        switch (feed) {
            case "/posts.atom" -> xml = AtomFeed.write(AtomFeed.tagUri(base, "feeds/posts"), words.getString("incubatorPost.feed.posts"),
                    base + "feeds/posts.atom", base + "posts", words.getString("app.name"),
                    promotion.published(null, 0, PromotionService.FEED_ENTRIES).stream().map(p -> entry(p, base)).toList(), Clock.now());
            case "/projects.atom" -> xml = AtomFeed.write(AtomFeed.tagUri(base, "feeds/projects"), words.getString("incubatorPost.feed.projects"),
                    base + "feeds/projects.atom", base + "projects", words.getString("app.name"),
                    promotion.newlyPublishedProjects(PromotionService.FEED_ENTRIES).stream().map(p -> entry(p, base)).toList(), Clock.now());
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setContentType(AtomFeed.CONTENT_TYPE);
        response.setHeader("Cache-Control", "public, max-age=300");
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static AtomFeed.Entry entry(Post post, String base) {
        return new AtomFeed.Entry(AtomFeed.tagUri(base, "posts/" + post.getSlug()), post.getTitle(), base + "posts/" + post.getSlug(),
                post.getSummary(), post.getUpdatedAt(), post.getPublishedAt(), List.of(post.getKind().name()));
    }

    private static AtomFeed.Entry entry(Project project, String base) {
        return new AtomFeed.Entry(AtomFeed.tagUri(base, "projects/" + project.getSlug()), project.getName(),
                base + "projects/" + project.getSlug(), project.getTagline(), project.getPublishedAt(), project.getPublishedAt(),
                List.of(project.getSector().name()));
    }

    /** The application's address, ending in a slash. */
    private static String base(HttpServletRequest request) {
        String configured = ConfigProvider.getConfig().getOptionalValue("hub.mail.link", String.class).map(String::strip).orElse("");
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured : configured + "/";
        }
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
    }
}
