package org.govtechhub.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.PasswordHasher;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PasswordResetService;
import org.govtechhub.web.shared.Messages;

import java.util.Arrays;
import java.util.Map;

/**
 * password-reset.xhtml (public): without a token, asks for the address to mail a link to and answers the same for
 * every address; with the mailed link's token, sets the new password (typed twice), then sends the person to sign in.
 */
@Named
@RequestScoped
public class PasswordResetBacking {

    @EJB
    private PasswordResetService resets;

    @Inject
    private Messages messages;

    private String token;
    @Email
    @Size(max = Person.EMAIL_MAX)
    private String email;
    @Size(max = PasswordHasher.MAX_LENGTH)
    private String password;
    @Size(max = PasswordHasher.MAX_LENGTH)
    private String repeated;
    private boolean done;

    /**
     * The token from the link, or from the form's hidden field on its postback: read before the page decides which
     * form it shows, so the one posted is there to take the post.
     */
    @PostConstruct
    void readToken() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        token = parameters.getOrDefault("token", parameters.get("reset:token"));
    }

    public void requestLink() {
        resets.requestReset(email);
        messages.info("passwordReset.sent", email == null ? "" : email.strip(), "60");
        email = null;
    }

    public void reset() {
        if (password == null || !password.equals(repeated)) {
            messages.error("passwordReset.mismatch");
            return;
        }
        char[] secret = password.toCharArray();
        try {
            resets.resetPassword(token == null ? "" : token.strip(), secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
        password = null;
        repeated = null;
        done = true;
        messages.info("passwordReset.done");
    }

    public boolean isDone() {
        return done;
    }

    public boolean isWithToken() {
        return token != null && !token.isBlank();
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
