package vn.vigil.web.ui.victims;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.victim.api.CaseloadRow;
import vn.vigil.victim.api.VictimCases;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.OpenVictimCasesExport;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;

/** Every open victim case with its case worker (no identity); an administrator hands a case to another. */
@Named
@ViewScoped
public class VictimCaseAssignmentBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenVictimCasesExport export;

    private static final int ROWS = 20;

    @Inject
    VictimCases cases;

    @Inject
    StaffDirectory staff;

    private final PagedModel<Boolean, CaseloadRow> open =
            new PagedModel<>(() -> Boolean.TRUE, (all, page) -> cases.openCases(page), ROWS, CaseloadRow::id);

    private CaseloadRow reassigning;
    private String caseWorker;
    private List<StaffMember> caseWorkers;

    public void startReassignment(CaseloadRow row) {
        reassigning = row;
        caseWorker = null;
        caseWorkers = staff.enabledWith(EnumSet.of(Role.CASE_WORKER)).stream()
                .filter(s -> !s.username().equals(row.caseWorker()))
                .toList();
    }

    public void reassign() {
        try {
            cases.reassign(reassigning.id(), reassigning.version(), caseWorker);
            FacesMessages.info("victims.assignment.reassigned", reassigning.code(), caseWorker);
            reassigning = null;
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public PagedModel<Boolean, CaseloadRow> getOpen() {
        return open;
    }

    public String getQuestion() {
        return FacesMessages.text("victims.assignment.question", reassigning.code());
    }

    public CaseloadRow getReassigning() {
        return reassigning;
    }

    public List<StaffMember> getCaseWorkers() {
        return caseWorkers;
    }

    public String getCaseWorker() {
        return caseWorker;
    }

    public void setCaseWorker(String caseWorker) {
        this.caseWorker = caseWorker;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.all();
    }
}
