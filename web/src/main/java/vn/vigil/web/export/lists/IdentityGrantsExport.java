package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.victim.api.IdentityGrantView;
import vn.vigil.victim.api.IdentityProtection;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/** The grants to see victims' identities (grantee, case or all cases, reason, until, state), as on admin/identity-reads. */
@ApplicationScoped
public class IdentityGrantsExport implements ExportableList {

    static final List<ExportColumn<IdentityGrantView>> COLUMNS = List.of(
            ExportColumn.of("field.victims.grantee", IdentityGrantView::grantee),
            ExportColumn.localized(
                    "victims.case.code",
                    (g, locale) -> g.caseCode() == null || g.caseCode().isBlank()
                            ? Bundles.text(locale, "victims.grants.allCases")
                            : g.caseCode()),
            ExportColumn.of("field.victims.reason", IdentityGrantView::reason),
            ExportColumn.of("field.victims.expiresOn", IdentityGrantView::expiresOn),
            ExportColumn.of("export.grant.grantedBy", IdentityGrantView::grantedBy),
            ExportColumn.time("export.grant.grantedAt", IdentityGrantView::grantedAt),
            ExportColumn.localized("victims.grants.state", (g, locale) -> Bundles.text(locale, stateKey(g))));

    @Inject
    IdentityProtection protection;

    @Override
    public String name() {
        return "identity-grants";
    }

    @Override
    public ExportedList<IdentityGrantView> list(ExportFilters f) {
        return of();
    }

    public ExportedList<IdentityGrantView> of() {
        return new ExportedList<>(name(), "victims.grants.title", COLUMNS, protection::grants, "");
    }

    static String stateKey(IdentityGrantView g) {
        if (g.revoked()) {
            return "victims.grants.revokedState";
        }
        return g.expiresOn().isBefore(VietnamTime.today())
                ? "victims.grants.expiredState"
                : "victims.grants.activeState";
    }
}
