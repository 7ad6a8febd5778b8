package vn.vigil.reporting.api;

import java.io.Serializable;

/**
 * One commune's row of a province's drill-down (the unit that held the facts, mapped to the commune in force today).
 * {@code victimsSmall}: the victim count is hidden (below the threshold, or hidden so that another cannot be worked
 * out from the total); its value is then 0.
 */
public record CommuneFigures(
        long communeId,
        String name,
        long visitsDone,
        long cases,
        long finesImposed,
        long victims,
        boolean victimsHidden,
        boolean victimsSmall)
        implements Serializable {}
