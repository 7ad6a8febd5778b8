package vn.vigil.reporting.api;

import java.io.Serializable;

/**
 * One figure on a home dashboard: a bundle key for its label, the value, and an optional link. {@code shown} is the
 * text to show instead of the value when there is one: "&lt;5" for a victim count below the small-count threshold
 * (its value is then 0).
 */
public record Tile(String labelKey, long value, String link, String shown) implements Serializable {

    public Tile(String labelKey, long value, String link) {
        this(labelKey, value, link, null);
    }
}
