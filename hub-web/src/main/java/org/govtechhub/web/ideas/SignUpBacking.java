package org.govtechhub.web.ideas;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.PasswordHasher;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.RegistrationService;
import org.govtechhub.web.UserSession;
import org.govtechhub.web.shared.Messages;

import java.util.Arrays;

/**
 * ideas/sign-up.xhtml (public): a citizen registers with name, e-mail and password; the page then says to open the
 * link mailed to them. A taken address or a password that breaks the policy is refused, the form keeping what was typed.
 */
@Named
@RequestScoped
public class SignUpBacking {

    @EJB
    private RegistrationService registration;

    @Inject
    private UserSession userSession;

    @Inject
    private Messages messages;

    @Size(max = Person.NAME_MAX)
    private String fullName;
    @Email
    @Size(max = Person.EMAIL_MAX)
    private String email;
    @Size(max = PasswordHasher.MAX_LENGTH)
    private String password;
    private boolean registered;

    public void register() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            registration.registerCitizen(fullName, email, secret, userSession.getLanguage());
        } finally {
            Arrays.fill(secret, '\0');
        }
        password = null;
        registered = true;
        messages.info("ideas_signUp.registered", email.strip());
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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
