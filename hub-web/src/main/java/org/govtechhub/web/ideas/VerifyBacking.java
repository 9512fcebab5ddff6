package org.govtechhub.web.ideas;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.RegistrationService;
import org.govtechhub.web.shared.Messages;

/**
 * ideas/verify.xhtml?token= (public, the mailed link): verifies the citizen's address, who may then sign in; an
 * unknown, used or expired link says so, and a new link can be asked for by e-mail address.
 */
@Named
@RequestScoped
public class VerifyBacking {

    @EJB
    private RegistrationService registration;

    @Inject
    private Messages messages;

    private String token;
    private String email;
    private boolean verified;

    public void verify() {
        if (token == null || token.isBlank()) {
            return;
        }
        registration.verify(token.strip());
        verified = true;
    }

    public void sendAgain() {
        registration.sendLinkAgain(email);
        messages.info("ideas_verify.sentAgain", email == null ? "" : email.strip());
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
