package org.govtechhub.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.Locale;

/** Who is signed in, and in which language the page is shown: what backing beans pass to services. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    public String email() {
        return securityContext.getCallerPrincipal().getName();
    }

    /** Whether anyone is signed in (public pages are open to visitors too). */
    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public boolean isInRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    public Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
