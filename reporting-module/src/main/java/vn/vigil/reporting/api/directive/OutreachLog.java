package vn.vigil.reporting.api.directive;

import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/**
 * Outreach activities the units log: a focal point logs and sends its own unit's; the standing office and the
 * committee read every unit's. Imported from a spreadsheet with a dry run first.
 */
public interface OutreachLog {

    Page<OutreachView> list(OutreachQuery query, PageRequest page);

    OutreachView get(long id);

    /** @throws vn.vigil.core.api.DomainException on a negative count, no commune, no audience, a date ahead */
    OutreachView log(OutreachCommand command);

    OutreachView change(long id, long version, OutreachCommand command);

    OutreachView submit(long id, long version);

    void delete(long id, long version);

    /**
     * Adds or replaces the activity's photo (a JPEG or PNG of at most 5 MB) while it is a draft or returned.
     *
     * @throws vn.vigil.core.api.DomainException {@code outreach.photo.invalid} when the bytes are not such an image
     */
    OutreachView attachPhoto(long id, String contentType, byte[] content);

    /** The activity's photo. */
    Directives.Attachment photo(long id);

    /** Totals of the activities matching the query, all and approved only. */
    OutreachTotals totals(OutreachQuery query);
}
