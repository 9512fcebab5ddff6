package org.govtechhub.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Sign-in on our own login page, remembered by the HTTP session.
 * <ul>
 * <li>{@link LoginBacking} hands over the credential: the identity store checks it, and the caller's
 * name and groups are kept in the session as a {@link SignedInCaller};</li>
 * <li>every later request hands the container that name <em>and those groups</em>, read from the session;</li>
 * <li>the hub's own address without a caller shows the public catalogue of the virtual incubator, its front door;</li>
 * <li>a protected page without a caller is remembered and answered with a redirect to the login page
 * (a partial-response redirect for a Faces AJAX request), which returns there after signing in.</li>
 * </ul>
 * It replaces the form mechanism with {@code AutoApplySession}, which hands the container the
 * session's principal alone and leaves the groups to be looked up again: under concurrent requests
 * that lookup sometimes came back empty and signed-in people were refused with 403 (Payara issue
 * 6145, measured by {@code ConcurrentSessionsIT}).
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String CALLER = SignedInCaller.class.getName();
    private static final String CONTINUE_TO = SessionAuthenticationMechanism.class.getName() + ".continueTo";
    private static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        Optional<SignedInCaller> caller = signedIn(request);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
        }
        if (context.isProtected() && isFrontDoor(request)) {
            return toCatalogue(request, response);
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The page a visitor asked for before being sent to sign in, taken out of the session; empty if none. */
    static Optional<String> takeContinueUrl(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object url = session.getAttribute(CONTINUE_TO);
        session.removeAttribute(CONTINUE_TO);
        return Optional.ofNullable((String) url);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInCaller caller = new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups());
        request.getSession(true).setAttribute(CALLER, caller);
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    private static Optional<SignedInCaller> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(CALLER)).map(SignedInCaller.class::cast);
    }

    /** The hub's own address, without a page: a visitor who is not signed in is shown the incubator's catalogue. */
    private static boolean isFrontDoor(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/");
    }

    private static AuthenticationStatus toCatalogue(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.sendRedirect(request.getContextPath() + "/projects");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String loginPage = request.getContextPath() + LOGIN_PAGE;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + loginPage + "\"/></partial-response>");
            } else {
                if ("GET".equals(request.getMethod())) {
                    String query = request.getQueryString();
                    request.getSession(true).setAttribute(CONTINUE_TO,
                            request.getRequestURI() + (query == null ? "" : "?" + query));
                }
                response.sendRedirect(loginPage);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
