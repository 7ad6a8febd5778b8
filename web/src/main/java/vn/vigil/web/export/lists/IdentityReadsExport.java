package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.core.api.audit.AuditEntryView;
import vn.vigil.victim.api.IdentityProtection;
import vn.vigil.victim.api.IdentityReadQuery;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/** Who read a victim's identity, when and why (case codes, never the identity), as on admin/identity-reads. */
@ApplicationScoped
public class IdentityReadsExport implements ExportableList {

    static final List<ExportColumn<AuditEntryView>> COLUMNS = List.of(
            ExportColumn.time("victims.reads.time", AuditEntryView::occurredAt),
            ExportColumn.of("victims.reads.reader", AuditEntryView::actor),
            ExportColumn.of("victims.case.code", AuditEntryView::entityId),
            ExportColumn.localized("field.victims.purpose", (e, locale) -> {
                String detail = e.detail() == null ? "" : e.detail();
                int colon = detail.indexOf(':');
                String code = colon < 0 ? detail : detail.substring(0, colon);
                return Bundles.text(locale, "victims.purpose." + code) + (colon < 0 ? "" : detail.substring(colon));
            }));

    @Inject
    IdentityProtection protection;

    @Override
    public String name() {
        return "identity-reads";
    }

    @Override
    public ExportedList<AuditEntryView> list(ExportFilters f) {
        return of(new IdentityReadQuery(f.text("reader"), f.text("caseCode"), f.day("from"), f.day("to")));
    }

    public ExportedList<AuditEntryView> of(IdentityReadQuery q) {
        return new ExportedList<>(
                name(),
                "victims.reads.title",
                COLUMNS,
                page -> protection.identityReads(q, page),
                Filters.describe("reader", q.reader(), "caseCode", q.caseCode(), "from", q.from(), "to", q.to()));
    }
}
