package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.reporting.api.PeriodicReportView;
import vn.vigil.reporting.api.PeriodicReports;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/**
 * The most recent periodic reports, as on reports/periodic and at {@code GET /api/v1/reports/periodic}: number, kind,
 * period, status and issue day; the figures stay in each report's own PDF.
 */
@ApplicationScoped
public class PeriodicReportsExport implements ExportableList {

    /** As many reports as the page lists. */
    public static final int RECENT = 50;

    static final List<ExportColumn<PeriodicReportView>> COLUMNS = List.of(
            ExportColumn.of("reports.periodic.number", PeriodicReportView::number),
            ExportColumn.localized(
                    "reports.periodic.kind",
                    (r, locale) -> Bundles.text(
                                    locale, "reports.periodic.kind." + r.kind().name()) + " " + r.year()),
            ExportColumn.of("export.report.from", PeriodicReportView::from),
            ExportColumn.of("export.report.cutOff", PeriodicReportView::cutOff),
            ExportColumn.localized(
                    "reports.periodic.status",
                    (r, locale) -> Bundles.text(locale, "reports.periodic.status." + r.status())),
            ExportColumn.of("reports.periodic.version", PeriodicReportView::reportVersion),
            ExportColumn.of("export.report.issuedOn", PeriodicReportView::issuedOn));

    @Inject
    PeriodicReports reports;

    @Override
    public String name() {
        return "periodic-reports";
    }

    @Override
    public ExportedList<PeriodicReportView> list(ExportFilters f) {
        return recent();
    }

    public ExportedList<PeriodicReportView> recent() {
        return ExportedList.whole(name(), "reports.periodic.title", COLUMNS, () -> reports.recent(RECENT), "");
    }
}
