package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One version of a business line's checklist. A published version never changes: a visit keeps the version it was
 * recorded with, and changes to the checklist make a new version. {@code publishedAt} is null for a draft.
 */
public record ChecklistVersionView(
        long id,
        long templateId,
        long businessLineId,
        int number,
        boolean draft,
        Instant publishedAt,
        long version,
        List<ChecklistItemView> items)
        implements Serializable {}
