package vn.vigil.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.unit.AdminUnitQuery;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.inspection.api.VietnamTime;

/**
 * The commune pickers' suggestions: a page of communes in force whose name (without marks) or code matches what was
 * typed, each labelled with its province, since many communes of the country share a name. A picker never ships the
 * country's 3,000 communes to the browser.
 */
@Named
@ApplicationScoped
public class CommuneChoices {

    /** Suggestions shown at once. */
    static final int SUGGESTIONS = 15;

    @Inject
    AdminUnitService units;

    /** Communes in force today matching the text. */
    public List<Choice> complete(String text) {
        return completeOn(text, VietnamTime.today());
    }

    /** Communes in force on a day matching the text (a reception's day, a plan's start). */
    public List<Choice> completeOn(String text, LocalDate day) {
        return units
                .search(
                        new AdminUnitQuery(text, UnitLevel.COMMUNE, null, day == null ? VietnamTime.today() : day),
                        PageRequest.first(SUGGESTIONS))
                .items()
                .stream()
                .map(CommuneChoices::choice)
                .toList();
    }

    /** The commune with this id as a picker shows it, the one already shown when it is the same (no query then). */
    public Choice shown(Choice current, Long id) {
        if (id == null) {
            return null;
        }
        return current != null && current.id() == id ? current : of(id);
    }

    /** The commune with this id as a picker shows it; null when there is no such commune. */
    public Choice of(Long id) {
        if (id == null) {
            return null;
        }
        return units.find(id)
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .map(CommuneChoices::choice)
                .orElse(null);
    }

    /** The pickers' converter: the page carries a commune's id, the bean gets it back labelled; anything else is nothing. */
    public Converter<Choice> getConverter() {
        return converter;
    }

    private final Converter<Choice> converter = new Converter<>() {
        @Override
        public Choice getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return of(Long.valueOf(value.strip()));
            } catch (NumberFormatException notAnId) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Choice choice) {
            return choice == null ? "" : String.valueOf(choice.id());
        }
    };

    static Choice choice(AdminUnitView unit) {
        return new Choice(
                unit.id(), unit.parentName() == null ? unit.name() : unit.name() + " (" + unit.parentName() + ")");
    }
}
