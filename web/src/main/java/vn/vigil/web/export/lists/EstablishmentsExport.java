package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.inspection.api.EstablishmentDirectory;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentSummary;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/** The registry of establishments, as searched on its page and at {@code GET /api/v1/establishments}. */
@ApplicationScoped
public class EstablishmentsExport implements ExportableList {

    public static final List<ExportColumn<EstablishmentSummary>> COLUMNS = List.of(
            ExportColumn.of("establishments.name", EstablishmentSummary::name),
            ExportColumn.of("registry.registrationNo", EstablishmentSummary::registrationNo),
            ExportColumn.localized("establishments.businessLine", (e, locale) -> e.businessLine(locale.getLanguage())),
            ExportColumn.of("establishments.commune", EstablishmentSummary::communeName),
            ExportColumn.of("establishments.address", EstablishmentSummary::address),
            ExportColumn.of("establishments.owner", EstablishmentSummary::ownerName),
            ExportColumn.of("establishments.risk", EstablishmentSummary::riskScore),
            ExportColumn.label("establishments.status", "establishmentStatus.", EstablishmentSummary::status));

    @Inject
    EstablishmentDirectory directory;

    @Override
    public String name() {
        return "establishments";
    }

    @Override
    public ExportedList<EstablishmentSummary> list(ExportFilters f) {
        return of(new EstablishmentQuery(
                f.text("text"),
                f.id("communeId"),
                f.id("businessLineId"),
                f.choice(EstablishmentStatus.class, "status"),
                f.integer("minRisk"),
                f.day("notInspectedSince"),
                f.id("provinceId")));
    }

    public ExportedList<EstablishmentSummary> of(EstablishmentQuery q) {
        return new ExportedList<>(
                name(),
                "establishments.title",
                COLUMNS,
                page -> directory.search(q, page),
                Filters.describe(
                        "text",
                        q.text() != null,
                        "commune",
                        q.communeId(),
                        "businessLine",
                        q.businessLineId(),
                        "status",
                        q.status(),
                        "minRisk",
                        q.minRisk(),
                        "notInspectedSince",
                        q.notInspectedSince(),
                        "province",
                        q.provinceId()));
    }
}
