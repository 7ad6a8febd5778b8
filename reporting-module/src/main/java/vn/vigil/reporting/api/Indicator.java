package vn.vigil.reporting.api;

import java.io.Serializable;

/**
 * One figure with a stable code (docs/indicators.md), its value for the period and for the same period a year
 * before (null for figures that have no period, such as the registry as it stands). A hidden value ({@code small})
 * is below the small-count threshold and must be shown as "&lt;threshold", never as its value, which is 0 then.
 */
public record Indicator(String code, long value, Long yearBefore, boolean small, boolean yearBeforeSmall)
        implements Serializable {

    public static Indicator of(String code, long value, Long yearBefore) {
        return new Indicator(code, value, yearBefore, false, false);
    }
}
