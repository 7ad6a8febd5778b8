package vn.vigil.web.ui.admin;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;

/**
 * Lets unit pickers (auto-completes) hold units: the page carries the id, the bean gets the unit. A CDI bean so that
 * Faces can inject the service into it.
 */
@Dependent
@FacesConverter(value = "adminUnit", managed = true)
public class AdminUnitConverter implements Converter<AdminUnitView> {

    @Inject
    AdminUnitService units;

    @Override
    public AdminUnitView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return units.find(Long.parseLong(value.strip())).orElse(null);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, AdminUnitView unit) {
        return unit == null ? "" : String.valueOf(unit.id());
    }
}
