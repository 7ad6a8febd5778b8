package vn.vigil.inspection.domain;

import java.util.List;
import java.util.Optional;
import vn.vigil.inspection.api.EvidenceView;
import vn.vigil.inspection.api.VisitStatus;

/** The evidence locker: files of visits, added and read, never changed. */
public interface EvidenceRepository {

    /**
     * The status of a visit, empty when there is no such visit. Read without a lock: attaching runs in a transaction
     * of its own, which must never wait for a caller's transaction that has the visit row in hand.
     */
    Optional<VisitStatus> visitStatus(long visitId);

    boolean visitExists(long visitId);

    VisitEvidence add(VisitEvidence evidence);

    /** Writes pending changes now, so ids are the stored ones. */
    void flush();

    /** A visit's evidence without its bytes, oldest first, in one query. */
    List<EvidenceView> of(long visitId);

    /** One piece of evidence with its bytes. */
    Optional<VisitEvidence> find(long id);
}
