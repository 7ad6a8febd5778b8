package vn.vigil.victim.domain;

import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.victim.api.SupportRequestStatus;
import vn.vigil.victim.api.SupportRequestView;

public interface SupportRequestRepository {

    SupportRequest add(SupportRequest request);

    Optional<SupportRequest> find(long id);

    /** The periods of a case's essential-needs requests that are not cancelled. */
    List<EssentialNeedsDays.Period> essentialPeriods(long caseId);

    /** The law's limit of essential-needs days (support type a), from the support type table. */
    int essentialNeedsMaxDays();

    boolean receiptTaken(String receiptNumber);

    /** Views with the case code, one query (plus a count) per page; open states when {@code status} is null. */
    Page<SupportRequestView> queue(SupportRequestStatus status, PageRequest page);

    List<SupportRequestView> ofCase(long caseId);

    Optional<SupportRequestView> view(long id);

    void flush();
}
