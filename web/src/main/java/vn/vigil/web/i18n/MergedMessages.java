package vn.vigil.web.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * All UI texts of one language, kept in several property files by area (common messages, administration,
 * registry pages…) so that areas can grow independently. Faces pages see them as one bundle, {@code msg}.
 */
public abstract class MergedMessages extends ResourceBundle {

    /** The property-file families, each with a _vi and an _en file in this package. */
    public static final List<String> PARTS = List.of(
            "messages",
            "admin",
            "staff",
            "pages",
            "plans",
            "imports",
            "visits",
            "checklists",
            "records",
            "violations",
            "documents",
            "cases",
            "victims",
            "funds",
            "reports",
            "schedules",
            "exports",
            "directives",
            "offline");

    private final List<ResourceBundle> parts;

    protected MergedMessages(Locale locale) {
        this.parts = PARTS.stream()
                .map(part -> loadPart(part, locale))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static ResourceBundle loadPart(String part, Locale locale) {
        try {
            return ResourceBundle.getBundle(
                    "vn.vigil.web.i18n." + part,
                    locale,
                    MergedMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException absent) {
            return null;
        }
    }

    @Override
    protected Object handleGetObject(String key) {
        for (ResourceBundle part : parts) {
            if (part.containsKey(key)) {
                return part.getObject(key);
            }
        }
        return null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>();
        parts.forEach(part -> keys.addAll(part.keySet()));
        return Collections.enumeration(keys);
    }
}
