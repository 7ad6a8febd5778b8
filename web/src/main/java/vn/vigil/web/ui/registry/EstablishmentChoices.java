package vn.vigil.web.ui.registry;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The establishments last offered to the auto-complete, so the page carries an id and the bean gets the choice. */
public class EstablishmentChoices implements Converter<EstablishmentChoice>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, EstablishmentChoice> offered = new HashMap<>();

    public List<EstablishmentChoice> offer(List<EstablishmentChoice> choices) {
        choices.forEach(c -> offered.put(String.valueOf(c.id()), c));
        return choices;
    }

    @Override
    public EstablishmentChoice getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null ? null : offered.get(value.strip());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, EstablishmentChoice choice) {
        return choice == null ? "" : String.valueOf(choice.id());
    }
}
