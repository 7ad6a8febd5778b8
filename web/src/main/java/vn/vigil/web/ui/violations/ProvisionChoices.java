package vn.vigil.web.ui.violations;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vigil.inspection.api.LegalProvisionView;

/** The provisions last offered to the record dialog's auto-complete, so the page carries an id and the bean the act. */
public class ProvisionChoices implements Converter<LegalProvisionView>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, LegalProvisionView> offered = new HashMap<>();

    List<LegalProvisionView> offer(List<LegalProvisionView> provisions) {
        provisions.forEach(p -> offered.put(String.valueOf(p.id()), p));
        return provisions;
    }

    @Override
    public LegalProvisionView getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null ? null : offered.get(value.strip());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LegalProvisionView provision) {
        return provision == null ? "" : String.valueOf(provision.id());
    }
}
