package vn.vigil.inspection.api;

import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/**
 * Re-inspections demanded by findings. One is open until a later visit of the establishment is signed off, or a
 * team lead closes it with a note.
 */
public interface FollowUps {

    /** Open follow-ups, soonest due first; only those already past their date when {@code overdueOnly}. */
    Page<FollowUpView> open(boolean overdueOnly, PageRequest page);

    FollowUpView close(long id, long version, String note);
}
