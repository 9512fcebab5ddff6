package org.govtechhub.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import java.io.IOException;

/**
 * error/403.xhtml: a visitor who is not signed in is sent to sign in rather than told "not allowed"
 * (the application's root address, like every page not declared public, is denied to anonymous
 * visitors); at the root address itself, the front door, the visitor sees the virtual incubator's public catalogue.
 * A signed-in user who opens the root address lands on the home page.
 */
@Named
@RequestScoped
public class ErrorBacking {

    public void forbidden() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String root = external.getRequestContextPath() + "/";
        Object requested = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        if (external.getUserPrincipal() == null) {
            external.redirect(root + (root.equals(requested) ? "projects" : "login.xhtml"));
        } else if (root.equals(requested)) {
            external.redirect(root + "home.xhtml");
        }
    }
}
