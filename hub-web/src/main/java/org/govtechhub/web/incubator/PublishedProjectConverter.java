package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.PromotionService;

/**
 * A published project by its address (slug), for tagging a post with an autocomplete: anything else typed or posted
 * is no project (null), and is left out.
 */
@FacesConverter(value = "publishedProject", managed = true)
public class PublishedProjectConverter implements Converter<Project> {

    @EJB
    private PromotionService promotion;

    @Override
    public Project getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("[a-z0-9-]{1,90}")) {
            return null;
        }
        return promotion().projectToTag(value).orElse(null);
    }

    /**
     * The service; looked up when the converter was made without injection (a multiple autocomplete's converter restored
     * with the view's state is made by reflection, not by CDI).
     */
    private PromotionService promotion() {
        return promotion != null ? promotion : jakarta.enterprise.inject.spi.CDI.current().select(PromotionService.class).get();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Project value) {
        return value == null || value.getSlug() == null ? "" : value.getSlug();
    }
}
