package org.govtechhub.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.govtechhub.shared.BusinessException;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Adds translated messages by bundle key, so no backing bean holds visible text. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.govtechhub.web.i18n.messages";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public void info(String key, Object... parameters) {
        add(FacesMessage.SEVERITY_INFO, key, parameters);
    }

    public void error(String key, Object... parameters) {
        add(FacesMessage.SEVERITY_ERROR, key, parameters);
    }

    public static void add(FacesMessage.Severity severity, String key, Object... parameters) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = format(faces, key, parameters);
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void add(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, e.getMessageKey(), e.getParameters());
    }

    public static String format(FacesContext faces, String key, Object... parameters) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot() == null
                ? faces.getApplication().getDefaultLocale() : faces.getViewRoot().getLocale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(displayable(parameters, bundle));
    }

    /**
     * Dates and times (UTC in the database) are shown as "2026-11-25 14:30"; an enum constant by its label
     * ({@code PhaseKind.APPLICATIONS} → the bundle's "PhaseKind.APPLICATIONS"); other values as they are.
     */
    private static Object[] displayable(Object[] parameters, ResourceBundle bundle) {
        Object[] shown = parameters.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> constant) {
                String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
                shown[i] = bundle.containsKey(key) ? bundle.getString(key) : constant.name();
            } else if (shown[i] instanceof LocalDateTime time) {
                shown[i] = DATE_TIME.format(time);
            } else if (shown[i] instanceof TemporalAccessor date) {
                shown[i] = DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }
        }
        return shown;
    }
}
