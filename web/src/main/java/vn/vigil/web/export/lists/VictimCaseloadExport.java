package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.victim.api.CaseloadRow;
import vn.vigil.victim.api.VictimCases;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/**
 * A case worker's open victim cases, as on victim/cases: the case code and its non-identifying facts. Like the page
 * it carries no name or any other part of a person's sealed identity — the caseload never reads it, so no export of
 * it can hold it.
 */
@ApplicationScoped
public class VictimCaseloadExport implements ExportableList {

    static final List<ExportColumn<CaseloadRow>> COLUMNS = List.of(
            ExportColumn.of("victims.case.code", CaseloadRow::code),
            ExportColumn.label("victims.case.role", "victims.role.", CaseloadRow::role),
            ExportColumn.label("victims.case.personStatus", "victims.status.", CaseloadRow::personStatus),
            ExportColumn.of("victims.case.verificationDue", CaseloadRow::verificationDue),
            ExportColumn.of("violations.board.daysLeft", CaseloadRow::daysLeft),
            ExportColumn.of("victims.case.receivedOn", CaseloadRow::receivedOn));

    @Inject
    VictimCases cases;

    @Override
    public String name() {
        return "victim-cases";
    }

    @Override
    public ExportedList<CaseloadRow> list(ExportFilters filters) {
        return new ExportedList<>(name(), "victims.caseload.myOpenCases", COLUMNS, cases::caseload, "");
    }
}
