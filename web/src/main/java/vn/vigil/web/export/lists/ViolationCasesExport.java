package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.CaseQuery;
import vn.vigil.inspection.api.CaseSummary;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolationCases;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/** The violation cases a caller may read, as on legal/cases and at {@code GET /api/v1/violation-cases/search}. */
@ApplicationScoped
public class ViolationCasesExport implements ExportableList {

    static final List<ExportColumn<CaseSummary>> COLUMNS = List.of(
            ExportColumn.of("cases.col.case", CaseSummary::id),
            ExportColumn.localized(
                    "cases.col.violator",
                    (c, locale) ->
                            c.violatorName() == null ? Bundles.text(locale, "cases.notYetNamed") : c.violatorName()),
            ExportColumn.of("establishments.name", CaseSummary::establishmentName),
            ExportColumn.of("cases.col.detectedOn", CaseSummary::detectedOn),
            ExportColumn.label("cases.col.status", "cases.status.", CaseSummary::status),
            ExportColumn.of("cases.col.nextDeadline", CaseSummary::dueOn),
            ExportColumn.label("violations.board.deadline", "violations.rule.", CaseSummary::dueRule),
            ExportColumn.of("violations.board.daysLeft", CaseSummary::daysLeft),
            ExportColumn.of("cases.col.balance", CaseSummary::balance));

    @Inject
    ViolationCases cases;

    @Override
    public String name() {
        return "violation-cases";
    }

    @Override
    public ExportedList<CaseSummary> list(ExportFilters f) {
        CaseQuery.CaseOrder order = f.choice(CaseQuery.CaseOrder.class, "order");
        String overdue = f.text("overdue");
        if (overdue != null && !overdue.isBlank() && !overdue.matches("(?i)true|false")) {
            throw new DomainException("api.choiceInvalid", "overdue", overdue, "true, false");
        }
        return of(new CaseQuery(
                f.choice(ViolationCaseStatus.class, "status"),
                f.text("violator"),
                f.day("detectedFrom"),
                f.day("detectedTo"),
                f.yes("overdue"),
                order == null ? CaseQuery.CaseOrder.NEXT_DEADLINE : order,
                f.id("communeId"),
                f.id("provinceId")));
    }

    public ExportedList<CaseSummary> of(CaseQuery q) {
        return new ExportedList<>(
                name(),
                "cases.list.title",
                COLUMNS,
                page -> cases.search(q, page),
                Filters.describe(
                        "status",
                        q.status(),
                        "violator",
                        q.violator() != null,
                        "detectedFrom",
                        q.detectedFrom(),
                        "detectedTo",
                        q.detectedTo(),
                        "overdue",
                        q.overdueOnly(),
                        "order",
                        q.order(),
                        "communeId",
                        q.communeId(),
                        "provinceId",
                        q.provinceId()));
    }
}
