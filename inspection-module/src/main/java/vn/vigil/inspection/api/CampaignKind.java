package vn.vigil.inspection.api;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * What kind of plan this is: routine work, the national peak period (đợt cao điểm, 1 July – 30 September) or the
 * campaign around the National Day against Human Trafficking (30 July).
 */
public enum CampaignKind {
    ROUTINE(null, null),
    PEAK_PERIOD(MonthDay.of(7, 1), MonthDay.of(9, 30)),
    NATIONAL_DAY(MonthDay.of(7, 20), MonthDay.of(8, 10));

    private final MonthDay from;
    private final MonthDay until;

    CampaignKind(MonthDay from, MonthDay until) {
        this.from = from;
        this.until = until;
    }

    /** The period usually chosen for this kind of campaign in a year; none for routine plans. */
    public Optional<Period> suggestedPeriod(int year) {
        return from == null ? Optional.empty() : Optional.of(new Period(from.atYear(year), until.atYear(year)));
    }

    /** A span of days, both ends included. */
    public record Period(LocalDate from, LocalDate until) {}
}
