package org.govtechhub.web.cohort;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.govtechhub.cohort.ApplicationService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.web.shared.Messages;

import java.util.Arrays;

/**
 * cohorts/register.xhtml (public): a founder registers their startup and their own account (role STARTUP) in one
 * go; on success the page says so and links to the sign-in page. A taken e-mail or startup name, or a password
 * that breaks the policy, is refused with its message and the form keeps what was typed.
 */
@Named
@RequestScoped
public class RegisterBacking {

    @EJB
    private ApplicationService applications;

    @Inject
    private Messages messages;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    private String password;

    private final Organisation startup = new Organisation(null, OrganisationKind.STARTUP);

    private boolean registered;

    public void register() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            applications.registerStartup(fullName.strip(), email.strip(), secret, startup);
        } finally {
            Arrays.fill(secret, '\0');
        }
        password = null;
        registered = true;
        messages.info("cohort_register.registered", startup.getName(), email.strip());
    }

    /** Whether the registration just succeeded: the page then shows the way to sign in instead of the form. */
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

    public Organisation getStartup() {
        return startup;
    }
}
