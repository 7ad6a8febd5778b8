package vn.vigil.web.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choices an auto-complete offered (and those already chosen), so the page carries only ids and the bean gets
 * the choice back; a value never offered converts to nothing. Bounded: it forgets the oldest past a few hundred.
 */
public class Choices implements Converter<Choice>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final int REMEMBERED = 500;

    private final Map<String, Choice> offered = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Choice> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Remembers the suggestions and returns them, for a completeMethod. */
    public List<Choice> offer(List<Choice> choices) {
        choices.forEach(c -> offered.put(String.valueOf(c.id()), c));
        return choices;
    }

    /** Remembers one choice shown as already chosen (an edited record's value). */
    public Choice known(Choice choice) {
        if (choice != null) {
            offered.put(String.valueOf(choice.id()), choice);
        }
        return choice;
    }

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : offered.get(value.strip());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice choice) {
        return choice == null ? "" : String.valueOf(choice.id());
    }
}
