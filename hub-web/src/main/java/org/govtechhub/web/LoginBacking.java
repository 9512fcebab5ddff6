package org.govtechhub.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.PasswordHasher;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.SignInResult;
import org.govtechhub.web.shared.Messages;

import java.io.IOException;

/** login.xhtml: signs in with email and password; says why not. */
@Named
@RequestScoped
public class LoginBacking {

    @NotBlank
    @Size(max = Person.EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = PasswordHasher.MAX_LENGTH)
    private String password;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private UserSession userSession;

    @Inject
    private Messages messages;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // a new session id for the authenticated session: a planted id is worth nothing (session fixation)
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        attempt.getResult().filter(SignInResult::succeeded).map(SignInResult::language).ifPresent(userSession::useLanguage);
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(SessionAuthenticationMechanism.takeContinueUrl(request)
                    .orElse(external.getRequestContextPath() + "/home.xhtml"));
            default -> attempt.getResult().filter(result -> result.outcome() == SignInResult.Outcome.UNVERIFIED)
                    .ifPresentOrElse(unverified -> messages.error("login.unverified"), () -> messages.error("login.invalid"));
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
