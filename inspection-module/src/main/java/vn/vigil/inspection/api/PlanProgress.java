package vn.vigil.inspection.api;

import java.io.Serializable;

/**
 * How far a plan is against its targets. Coverage: target establishments last inspected within the plan's period.
 * Unannounced visits: the plan's unannounced visits that were signed off, against its minimum.
 */
public record PlanProgress(
        long planId,
        int targetCount,
        int inspectedCount,
        int coverageTargetPercent,
        int unannouncedVisits,
        int minUnannouncedVisits,
        boolean visitDataAvailable)
        implements Serializable {

    /** The share of targets inspected, 0–100, rounded down. */
    public int coveragePercent() {
        return targetCount == 0 ? 0 : (int) (100L * inspectedCount / targetCount);
    }

    public boolean coverageReached() {
        return targetCount > 0 && 100L * inspectedCount >= (long) coverageTargetPercent * targetCount;
    }
}
