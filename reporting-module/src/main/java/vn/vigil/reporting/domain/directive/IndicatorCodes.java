package vn.vigil.reporting.domain.directive;

import java.util.List;

/**
 * The figures a task may ask a unit for: the reporting indicators (docs/indicators.md) and the outreach ones. Vigil
 * fills in, for a unit's report, the visits its staff signed off and the outreach it logged; the unit types the rest.
 */
public final class IndicatorCodes {

    public static final String VISITS_DONE = "INS.VISITS_DONE";
    public static final String OUTREACH_ACTIVITIES = "OUT.ACTIVITIES";
    public static final String OUTREACH_PARTICIPANTS = "OUT.PARTICIPANTS";
    public static final String OUTREACH_MATERIALS = "OUT.MATERIALS";

    public static final List<String> ALL = List.of(
            "EST.TOTAL",
            "EST.OPERATING",
            "EST.HIGH_RISK",
            "EST.SUSPENDED",
            VISITS_DONE,
            "INS.VISITS_UNANNOUNCED",
            "INS.VISITS_PLANNED",
            "INS.VISITS_CANCELLED",
            "VIO.CASES",
            "VIO.ACTS",
            "VIO.FINES_IMPOSED",
            "VIO.FINES_COLLECTED",
            "VIO.TRANSFERRED",
            "VIO.CLOSED",
            "VIC.RECEIVED",
            "VIC.VERIFIED",
            "SUP.REQUESTS",
            "SUP.AMOUNT_PAID",
            OUTREACH_ACTIVITIES,
            OUTREACH_PARTICIPANTS,
            OUTREACH_MATERIALS);

    /** The largest figure a report may carry. */
    public static final long MAX_VALUE = 1_000_000_000_000L;

    private IndicatorCodes() {}
}
