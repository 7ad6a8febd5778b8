package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.inspection.api.VisitDirectory;
import vn.vigil.inspection.api.VisitFilter;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.api.VisitSummary;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/**
 * Visits: the calendar's (inspection/schedule, {@code GET /api/v1/visits}) for the days it shows, or the signed-in
 * inspector's own week (inspection/my-visits).
 */
@ApplicationScoped
public class VisitsExport implements ExportableList {

    static final List<ExportColumn<VisitSummary>> COLUMNS = List.of(
            ExportColumn.of("export.visit.start", VisitSummary::start),
            ExportColumn.of("export.visit.end", VisitSummary::end),
            ExportColumn.of("schedule.column.establishment", VisitSummary::establishmentName),
            ExportColumn.of("schedule.field.team", VisitSummary::teamName),
            ExportColumn.label("schedule.field.kind", "visitKind.", VisitSummary::kind),
            ExportColumn.label("schedule.field.status", "visitStatus.", VisitSummary::status));

    @Inject
    VisitDirectory visits;

    @Override
    public String name() {
        return "visits";
    }

    @Override
    public ExportedList<VisitSummary> list(ExportFilters f) {
        return of(new VisitFilter(
                f.id("communeId"),
                f.day("from"),
                f.day("to"),
                f.id("teamId"),
                f.id("establishmentId"),
                f.choice(VisitStatus.class, "status"),
                f.id("provinceId")));
    }

    public ExportedList<VisitSummary> of(VisitFilter q) {
        return new ExportedList<>(
                name(),
                "export.visits.title",
                COLUMNS,
                page -> visits.find(q, page),
                Filters.describe(
                        "communeId",
                        q.communeId(),
                        "from",
                        q.from(),
                        "to",
                        q.to(),
                        "teamId",
                        q.teamId(),
                        "establishmentId",
                        q.establishmentId(),
                        "status",
                        q.status(),
                        "provinceId",
                        q.provinceId()));
    }

    /** The signed-in person's own visits between two days (a short list: one page). */
    public ExportedList<VisitSummary> mine(LocalDate from, LocalDate to) {
        return ExportedList.whole(
                "my-visits",
                "export.myVisits.title",
                COLUMNS,
                () -> visits.mine(from, to),
                "from=" + from + " to=" + to);
    }
}
