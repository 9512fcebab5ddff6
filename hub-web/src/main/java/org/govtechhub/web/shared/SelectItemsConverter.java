package org.govtechhub.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectItem;
import jakarta.faces.component.UISelectItems;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.model.SelectItem;
import org.govtechhub.shared.BaseEntity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one converter for choices: entities (by id) and enums (by name) are turned back into the very
 * objects the page offered, found among the component's select items. No database look-up, and a
 * value that was not offered converts to nothing.
 */
@FacesConverter("selectItems")
public class SelectItemsConverter implements Converter<Object> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BaseEntity entity) {
            return entity.getId() == null ? "" : entity.getId().toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String submitted) {
        if (submitted == null || submitted.isEmpty()) {
            return null;
        }
        for (Object offered : offeredValues(component)) {
            if (submitted.equals(getAsString(context, component, offered))) {
                return offered;
            }
        }
        return null;
    }

    private static List<Object> offeredValues(UIComponent component) {
        List<Object> values = new ArrayList<>();
        for (UIComponent child : component.getChildren()) {
            if (child instanceof UISelectItem item) {
                values.add(item.getItemValue());
            } else if (child instanceof UISelectItems items) {
                Object value = items.getValue();
                Collection<?> collection = value instanceof Collection<?> c ? c
                        : value instanceof Object[] array ? List.of(array) : List.of();
                for (Object element : collection) {
                    values.add(element instanceof SelectItem selectItem ? selectItem.getValue() : element);
                }
            }
        }
        return values;
    }
}
