package vn.vigil.inspection.api;

import java.util.List;
import java.util.Optional;

/**
 * Checklist templates per business line, versioned. Inspection staff read them; administrators draft a new version
 * (a copy of the one in force), edit its items, and publish it. A published version never changes, so a visit keeps
 * the questions it was recorded with. Every draft change passes the draft's version as the caller loaded it.
 */
public interface ChecklistCatalogue {

    /** The version in force for a business line: its latest published one, if it has any. */
    Optional<ChecklistVersionView> inForce(long businessLineId);

    /** Any version, published or draft, by id. */
    ChecklistVersionView version(long versionId);

    /** Every business line with its template (if it has one), the version in force and the draft, by line code. */
    List<ChecklistTemplateView> templates();

    /** One line of {@link #templates()}, by template id. */
    ChecklistTemplateView template(long templateId);

    /** The versions of a template, newest first. */
    List<ChecklistVersionSummary> history(long templateId);

    /**
     * Gives a business line that has none (one an administrator added later) its template, with an empty draft of
     * version 1.
     */
    ChecklistTemplateView createTemplate(long businessLineId);

    /** Starts the template's draft as a copy of the version in force; refused when a draft exists already. */
    ChecklistVersionView startDraft(long templateId);

    ChecklistVersionView addItem(long draftId, long version, ChecklistItemCommand item);

    ChecklistVersionView editItem(long draftId, long version, long itemId, ChecklistItemCommand item);

    /** Moves an item to a position (1 is first); the items between shift by one. */
    ChecklistVersionView moveItem(long draftId, long version, long itemId, int position);

    ChecklistVersionView removeItem(long draftId, long version, long itemId);

    /** Publishes the draft (it needs at least one item): from now on it is the version in force, and final. */
    ChecklistVersionView publish(long draftId, long version);

    /** Throws the draft away; the version in force stays. */
    void discardDraft(long draftId, long version);
}
