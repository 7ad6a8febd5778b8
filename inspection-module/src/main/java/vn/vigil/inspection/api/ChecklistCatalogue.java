package vn.vigil.inspection.api;

import java.util.Optional;

/**
 * Checklist templates per business line, versioned. Inspection staff read them; administrators draft and publish
 * new versions (the draft/publish operations are added next to these reads).
 */
public interface ChecklistCatalogue {

    /** The version in force for a business line: its latest published one, if it has any. */
    Optional<ChecklistVersionView> inForce(long businessLineId);

    /** Any version, published or draft, by id. */
    ChecklistVersionView version(long versionId);
}
