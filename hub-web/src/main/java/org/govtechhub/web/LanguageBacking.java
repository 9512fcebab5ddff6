package org.govtechhub.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.govtechhub.identity.PersonService;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Switches the language and shows the same page again, with its view parameters (e.g. ?id=...). The switch is
     * immediate, so the model is not updated on this request: a view parameter bound to a request-scoped bean (the
     * impact report's ?cohort=) is taken as the page received it rather than from the model, where it is empty.
     */
    public void use(String language) throws IOException {
        userSession.useLanguage(language);
        if (securityContext.getCallerPrincipal() != null) {
            people.preferLanguage(securityContext.getCallerPrincipal().getName(), userSession.getLanguage());
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot view = faces.getViewRoot();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = parameter.getStringValue(faces);
            if ((value == null || value.isEmpty()) && parameter.getSubmittedValue() instanceof String received) {
                value = received;
            }
            if (value != null && !value.isEmpty()) {
                parameters.put(parameter.getName(), List.of(value));
            }
        }
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setRedirect(true);
        external.redirect(faces.getApplication().getViewHandler().getRedirectURL(faces, view.getViewId(), parameters, false));
        faces.responseComplete();
    }
}
