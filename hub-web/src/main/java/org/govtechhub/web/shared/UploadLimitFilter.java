package org.govtechhub.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Every upload (a multipart post to a page) is refused by its size before its content is taken: a declared length
 * above {@link #MAX_REQUEST_BYTES} at once, a longer body without a declared length when the container stops reading
 * it at the same limit (web.xml's multipart-config, which also keeps one file at most {@link #MAX_FILE_BYTES}). The
 * visitor is sent to the translated page {@code /error/too-large.xhtml}. Below these limits each owner's own rule
 * (5 or 10 MB, {@code PdfUpload}, {@code IdeaAttachment}) refuses with its own message, still before the content is
 * read. Nothing uploaded is ever decompressed, so a decompression bomb is just its few bytes.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class UploadLimitFilter extends HttpFilter {

    /** The largest file any owner takes (10 MB) and some room, so its own rule gives the message. */
    public static final long MAX_FILE_BYTES = 12L * 1024 * 1024;
    /** Three attachments of an idea (5 MB each) and the form's fields. */
    public static final long MAX_REQUEST_BYTES = 20L * 1024 * 1024;
    /** Bodies are read (and dropped) up to here so the browser sees the answer; beyond, the connection is closed. */
    private static final long DRAINED_AT_MOST = 2 * MAX_REQUEST_BYTES;
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            refuse(request, response, request.getContentLengthLong() <= DRAINED_AT_MOST);
            return;
        }
        try {
            request.getParts();
        } catch (IllegalStateException tooLarge) {
            refuse(request, response, false);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean drain) throws IOException {
        if (drain) {
            try (InputStream body = request.getInputStream()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } else {
            response.setHeader("Connection", "close");
        }
        response.sendRedirect(request.getContextPath() + "/error/too-large.xhtml");
    }
}
