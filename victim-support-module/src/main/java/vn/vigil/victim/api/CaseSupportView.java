package vn.vigil.victim.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything the case worker needs to plan support on a case: its non-identifying facts, what each support type
 * allows, the needs assessed, the days of essential needs used and allowed, and the requests with their state.
 */
public record CaseSupportView(
        CaseFacts facts,
        Map<String, SupportEligibility> eligibility,
        List<NeedsAssessmentView> assessments,
        List<ExtensionView> extensions,
        int essentialDaysUsed,
        int essentialDaysAllowed,
        List<SupportRequestView> requests)
        implements Serializable {}
