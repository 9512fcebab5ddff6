package org.govtechhub.web.incubator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The catalogue's readable addresses: {@code /projects?q=…&sector=…} is the catalogue page and
 * {@code /projects/streetjournal} a project's page, forwarded to the Faces views that render them; the same for the
 * posts: {@code /posts?kind=…} and {@code /posts/<slug>}. All are public (web.xml); a path below a project's or a
 * post's address is "not found".
 */
@WebFilter(urlPatterns = {"/projects/*", "/posts/*"}, filterName = "readable-urls")
public class ReadableUrlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CATALOGUE = "/incubator/projects.xhtml";
    static final String PROJECT = "/incubator/public-project.xhtml";
    static final String POSTS = "/incubator/posts.xhtml";
    static final String POST = "/incubator/post.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean posts = path.startsWith("/posts");
        String root = posts ? "/posts" : "/projects";
        String rest = path.length() > root.length() ? path.substring(root.length() + 1) : "";
        if (rest.isEmpty()) {
            request.getRequestDispatcher(posts ? POSTS : CATALOGUE).forward(request, response);
        } else if (rest.matches("[a-z0-9-]{1,90}")) {
            request.getRequestDispatcher((posts ? POST : PROJECT) + "?slug=" + URLEncoder.encode(rest, StandardCharsets.UTF_8)).forward(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
