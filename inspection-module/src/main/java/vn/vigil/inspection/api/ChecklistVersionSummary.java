package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.Instant;

/** One version in a template's history; {@code publishedAt} and {@code publishedBy} are null for the draft. */
public record ChecklistVersionSummary(
        long id, int number, boolean draft, Instant publishedAt, String publishedBy, int itemCount)
        implements Serializable {}
