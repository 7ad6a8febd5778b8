package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.Instant;

/** One row of a case's history: who did what, when and why. */
public record CaseStepView(
        ViolationCaseAction action,
        ViolationCaseStatus fromStatus,
        ViolationCaseStatus toStatus,
        Instant actedAt,
        String actedBy,
        String reason)
        implements Serializable {}
