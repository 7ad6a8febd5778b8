package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.time.Instant;

/** One step of an approval's history. */
public record ApprovalStepView(String action, ApprovalState toState, String actor, Instant at, String reason)
        implements Serializable {}
