package vn.vigil.inspection.domain;

import java.util.List;
import java.util.Optional;
import vn.vigil.inspection.api.ChecklistTemplateView;
import vn.vigil.inspection.api.ChecklistVersionSummary;

/** Checklist templates and their versions. */
public interface Checklists {

    ChecklistTemplate addTemplate(ChecklistTemplate template);

    Optional<ChecklistTemplate> template(long id);

    Optional<ChecklistTemplate> templateOfLine(long businessLineId);

    boolean businessLineExists(long businessLineId);

    ChecklistVersion addVersion(ChecklistVersion version);

    Optional<ChecklistVersion> version(long id);

    /** The latest published version of a template. */
    Optional<ChecklistVersion> inForce(long templateId);

    Optional<ChecklistVersion> draftOf(long templateId);

    /**
     * Takes the draft for an edit: raises its version now (so an edit of its items counts as a change of the draft)
     * and holds it until the transaction ends, so two administrators' edits never interleave.
     */
    void lockForEdit(ChecklistVersion draft);

    void removeVersion(ChecklistVersion draft);

    /** Writes pending changes now, so ids and versions are the stored ones. */
    void flush();

    /** Every business line with its template, version in force and draft, in one query. */
    List<ChecklistTemplateView> overview();

    /** The overview line of one template. */
    Optional<ChecklistTemplateView> overviewOf(long templateId);

    /** A template's versions, newest first, with their item counts, in one query. */
    List<ChecklistVersionSummary> history(long templateId);
}
