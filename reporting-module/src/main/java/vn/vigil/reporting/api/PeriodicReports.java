package vn.vigil.reporting.api;

import java.util.List;

/** The committee's periodic reports: the standing office (administrators) drafts and issues, the committee reads. */
public interface PeriodicReports {

    /**
     * Drafts a report of a kind and year for a province (null: every province).
     *
     * @param cutOffDay the cut-off day of the closing month (1–28), null for the 14th
     */
    PeriodicReportView draft(ReportKind kind, int year, Long provinceId, Integer cutOffDay);

    /** Writes the narrative of a draft. Refused once issued. */
    PeriodicReportView write(long id, long version, PeriodicReportView.Narrative narrative);

    /**
     * Issues a draft: takes its document number, freezes its figures as of the cut-off. Refused when already issued,
     * and before the cut-off day has passed.
     */
    PeriodicReportView issue(long id, long version);

    /** A new draft version that will replace an issued report, with its narrative copied. */
    PeriodicReportView correct(long id);

    PeriodicReportView get(long id);

    /** The most recent reports first, at most {@code limit}. */
    List<PeriodicReportView> recent(int limit);
}
