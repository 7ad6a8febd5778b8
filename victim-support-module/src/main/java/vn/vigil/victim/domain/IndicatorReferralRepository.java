package vn.vigil.victim.domain;

import java.util.Optional;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

public interface IndicatorReferralRepository {

    /** Refers a visit once: true when this call created the referral, false when the visit already had one. */
    boolean referOnce(long visitId, long establishmentId);

    Optional<IndicatorReferral> find(long id);

    /** Referrals waiting for a decision, oldest first. */
    Page<IndicatorReferral> pending(PageRequest page);
}
