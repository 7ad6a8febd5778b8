package vn.vigil.reporting.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An approved or closed plan whose period meets the period shown: its targets inspected against its coverage target,
 * and its unannounced visits against its minimum. {@code campaign} is ROUTINE, PEAK_PERIOD or NATIONAL_DAY.
 */
public record PlanFigures(
        long id,
        String number,
        String title,
        String campaign,
        LocalDate periodFrom,
        LocalDate periodUntil,
        int targetCount,
        int inspectedCount,
        int coverageTargetPercent,
        int unannouncedVisits,
        int minUnannouncedVisits)
        implements Serializable {

    /** Targets inspected, 0–100. */
    public int coveragePercent() {
        return targetCount == 0 ? 0 : (int) (100L * inspectedCount / targetCount);
    }

    public boolean coverageReached() {
        return targetCount > 0 && 100L * inspectedCount >= (long) coverageTargetPercent * targetCount;
    }
}
