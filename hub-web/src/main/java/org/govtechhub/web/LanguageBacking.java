package org.govtechhub.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.govtechhub.identity.PersonService;

import java.io.IOException;

/** The layout's language switch: the choice is kept in the session and, once signed in, for the person. */
@Named
@RequestScoped
public class LanguageBacking {

    @Inject
    private UserSession userSession;

    @Inject
    private SecurityContext securityContext;

    @EJB
    private PersonService people;

    public void use(String language) throws IOException {
        userSession.useLanguage(language);
        if (securityContext.getCallerPrincipal() != null) {
            people.preferLanguage(securityContext.getCallerPrincipal().getName(), userSession.getLanguage());
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }
}
