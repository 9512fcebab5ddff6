package org.govtechhub.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.govtechhub.identity.PersonService;

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

    /** Switches the language and shows the same page again, with its view parameters (e.g. ?id=...). */
    public String use(String language) {
        userSession.useLanguage(language);
        if (securityContext.getCallerPrincipal() != null) {
            people.preferLanguage(securityContext.getCallerPrincipal().getName(), userSession.getLanguage());
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
