package vn.vigil.victim.api;

import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/** Visits signed off with trafficking indicators, referred to case workers for a decision. */
public interface IndicatorReferrals {

    Page<IndicatorReferralView> pending(PageRequest page);

    /** Opens a case from the referral, linked to the visit; the referral is then accepted. */
    Reception accept(long id, long version, ReceptionCommand command);

    IndicatorReferralView dismiss(long id, long version, String reason);
}
