package org.govtechhub.web.shared;

import jakarta.inject.Inject;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;

/**
 * A startup by its id, for choices a city has too many of for a menu (an autocomplete offers the names that match);
 * anything else typed or posted is no startup (null), which the field's {@code required} turns into its message.
 */
@FacesConverter(value = "startup", managed = true)
public class StartupConverter implements Converter<Organisation> {

    @Inject
    private OrganisationService organisations;

    @Override
    public Organisation getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return organisations.find(Long.valueOf(value)).filter(o -> o.getKind() == OrganisationKind.STARTUP && o.isActive()).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Organisation value) {
        return value == null || value.getId() == null ? "" : String.valueOf(value.getId());
    }
}
