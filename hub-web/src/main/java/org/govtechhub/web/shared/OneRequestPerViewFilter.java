package org.govtechhub.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One postback at a time per view. A view's {@code @ViewScoped} beans (a lazy table's data model among them) are
 * not made for two requests at once: parallel AJAX posts within one view read each other's rows half-loaded and
 * failed with an error. This filter lets a view's posts (same session, same view state) through one after another;
 * posts of other views and every GET go on in parallel. The locks are a fixed set of stripes chosen by the view,
 * so nothing is kept per session. Only form-encoded posts are looked at: reading a multipart body's parameters here
 * would take it away from the Faces servlet.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class OneRequestPerViewFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int STRIPES = 256;
    private static final ReentrantLock[] LOCKS = new ReentrantLock[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            LOCKS[i] = new ReentrantLock();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ReentrantLock lock = lockOf(request);
        if (lock == null) {
            chain.doFilter(request, response);
            return;
        }
        lock.lock();
        try {
            chain.doFilter(request, response);
        } finally {
            lock.unlock();
        }
    }

    private static ReentrantLock lockOf(HttpServletRequest request) throws UnsupportedEncodingException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name()); // as Faces would, before the parameters are read
        }
        String view = request.getParameter("jakarta.faces.ViewState");
        if (view == null) {
            return null;
        }
        return LOCKS[Math.floorMod((session.getId() + view).hashCode(), STRIPES)];
    }
}
