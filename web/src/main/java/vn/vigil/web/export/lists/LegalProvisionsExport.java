package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.inspection.api.LegalCatalogue;
import vn.vigil.inspection.api.LegalProvisionView;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/** The legal catalogue with its fine ranges, as on admin/legal-provisions and at {@code GET /api/v1/legal-provisions}. */
@ApplicationScoped
public class LegalProvisionsExport implements ExportableList {

    static final List<ExportColumn<LegalProvisionView>> COLUMNS = List.of(
            ExportColumn.of("cases.act.provision", LegalProvisionView::reference),
            ExportColumn.of("cases.act.description", LegalProvisionView::description),
            ExportColumn.of("export.provision.individualMin", LegalProvisionView::individualFineMin),
            ExportColumn.of("export.provision.individualMax", LegalProvisionView::individualFineMax),
            ExportColumn.of("export.provision.organisationMin", LegalProvisionView::organisationFineMin),
            ExportColumn.of("export.provision.organisationMax", LegalProvisionView::organisationFineMax),
            ExportColumn.yesNo("export.provision.active", LegalProvisionView::active));

    @Inject
    LegalCatalogue catalogue;

    @Override
    public String name() {
        return "legal-provisions";
    }

    @Override
    public ExportedList<LegalProvisionView> list(ExportFilters f) {
        return of(f.text("q"), !f.yes("all"));
    }

    public ExportedList<LegalProvisionView> of(String text, boolean activeOnly) {
        return new ExportedList<>(
                name(),
                "cases.admin.provisions.title",
                COLUMNS,
                page -> catalogue.provisions(text, activeOnly, page),
                Filters.describe("q", text != null && !text.isBlank(), "activeOnly", activeOnly));
    }
}
