package org.govtechhub.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Browser hardening headers on every response: no framing, no MIME sniffing, no referrer leaks, over TLS HSTS (a
 * browser that once reached the hub over HTTPS never again sends a request or the session cookie in clear), and one
 * Content-Security-Policy. The policy is written once, in web.xml ({@value #POLICY_PARAMETER}); this filter sends it as it
 * is on every response (scripts from the application's own address only, no inline script at all). On a Faces page
 * PrimeFaces' CSP mode ({@code primefaces.CSP}) sends the same policy with the page's nonce added to {@code script-src};
 * the response is wrapped so that its header replaces this one instead of becoming a second policy, which the browser
 * would enforce too. The filter also runs on error dispatches, so an error page's policy is single as well.
 * <p>
 * PrimeFaces takes a postback's nonce from the {@value #NONCE_FIELD} field its script adds to every form, and refuses a
 * postback without it (a client that runs no script); the error page for that refusal is rendered for the same POST,
 * where PrimeFaces would refuse it again, so on an error dispatch without the field the error page gets a fresh nonce.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    /** The context parameter that holds the policy; PrimeFaces appends {@code 'nonce-…';} to it, so it ends in script-src. */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    static final String POLICY_HEADER = "Content-Security-Policy";
    static final String NONCE_FIELD = "primefaces.nonce";

    private static final long serialVersionUID = 1L;

    /** One year, as OWASP's HTTP headers cheat sheet recommends; not includeSubDomains: the city's other sites are not ours. */
    private static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || !policy.strip().matches("(?s).*script-src [^;]*")) {
            throw new ServletException(POLICY_PARAMETER + " in web.xml must end with the script-src directive, for the nonce");
        }
        policy = policy.strip();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(POLICY_HEADER, policy);
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE_SECONDS);
        }
        boolean errorWithoutNonce = request.getDispatcherType() == DispatcherType.ERROR && request.getParameter(NONCE_FIELD) == null;
        chain.doFilter(errorWithoutNonce ? new FreshNonce(request) : request, new OnePolicy(response));
    }

    /** An error dispatch's request with a new nonce in PrimeFaces' field, made as PrimeFaces makes its own. */
    private static final class FreshNonce extends HttpServletRequestWrapper {

        private final String nonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

        FreshNonce(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return NONCE_FIELD.equals(name) ? nonce : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return NONCE_FIELD.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
            parameters.put(NONCE_FIELD, new String[] {nonce});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }

    /** A response on which a second Content-Security-Policy header replaces the first. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY_HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
