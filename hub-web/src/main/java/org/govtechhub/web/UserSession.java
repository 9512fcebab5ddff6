package org.govtechhub.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The signed-in user's session: only the chosen language lives here. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> LANGUAGES = Set.of("en", "ru");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && LANGUAGES.contains(requested.getLanguage()) ? Locale.forLanguageTag(requested.getLanguage()) : Locale.ENGLISH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    void useLanguage(String language) {
        if (language != null && LANGUAGES.contains(language)) {
            locale = Locale.forLanguageTag(language);
        }
    }
}
