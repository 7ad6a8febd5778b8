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
 * Every open victim case with its case worker, as on admin/victim-cases and at {@code GET /api/v1/victim-cases/open}:
 * the administrator's list for handing cases over. Like the page it holds no name or other part of a person's sealed
 * identity — the rows it reads carry none.
 */
@ApplicationScoped
public class OpenVictimCasesExport implements ExportableList {

    static final List<ExportColumn<CaseloadRow>> COLUMNS = List.of(
            ExportColumn.of("victims.case.code", CaseloadRow::code),
            ExportColumn.of("victims.case.caseWorker", CaseloadRow::caseWorker),
            ExportColumn.label("victims.case.role", "victims.role.", CaseloadRow::role),
            ExportColumn.label("victims.case.personStatus", "victims.status.", CaseloadRow::personStatus),
            ExportColumn.of("victims.case.verificationDue", CaseloadRow::verificationDue),
            ExportColumn.of("victims.case.receivedOn", CaseloadRow::receivedOn));

    @Inject
    VictimCases cases;

    @Override
    public String name() {
        return "open-victim-cases";
    }

    @Override
    public ExportedList<CaseloadRow> list(ExportFilters filters) {
        return all();
    }

    public ExportedList<CaseloadRow> all() {
        return new ExportedList<>(name(), "victims.assignment.title", COLUMNS, cases::openCases, "");
    }
}
