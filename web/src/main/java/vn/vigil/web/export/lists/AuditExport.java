package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.core.api.audit.AuditEntryView;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.audit.AuditQuery;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/** The audit log (administrators), as on admin/audit and at {@code GET /api/v1/audit}. */
@ApplicationScoped
public class AuditExport implements ExportableList {

    static final List<ExportColumn<AuditEntryView>> COLUMNS = List.of(
            ExportColumn.time("audit.column.time", AuditEntryView::occurredAt),
            ExportColumn.of("audit.column.actor", AuditEntryView::actor),
            ExportColumn.localized("audit.column.action", (e, locale) -> {
                String key = "audit.action." + e.action();
                String label = Bundles.text(locale, key);
                return key.equals(label) ? e.action() : label;
            }),
            ExportColumn.of("audit.column.entityType", AuditEntryView::entityType),
            ExportColumn.of("audit.column.entityId", AuditEntryView::entityId),
            ExportColumn.of("audit.column.detail", AuditEntryView::detail));

    @Inject
    AuditLog audit;

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public ExportedList<AuditEntryView> list(ExportFilters f) {
        return of(new AuditQuery(
                f.text("actor"),
                f.text("action"),
                f.text("entityType"),
                f.text("entityId"),
                f.day("from"),
                f.day("to")));
    }

    public ExportedList<AuditEntryView> of(AuditQuery q) {
        return new ExportedList<>(
                name(),
                "audit.title",
                COLUMNS,
                page -> audit.search(q, page),
                Filters.describe(
                        "actor",
                        q.actor(),
                        "action",
                        q.action(),
                        "entityType",
                        q.entityType(),
                        "entityId",
                        q.entityId(),
                        "from",
                        q.from(),
                        "to",
                        q.to()));
    }
}
