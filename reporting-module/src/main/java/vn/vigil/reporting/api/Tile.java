package vn.vigil.reporting.api;

/** One figure on a home dashboard: a bundle key for its label, the value, and an optional link. */
public record Tile(String labelKey, long value, String link) {}
