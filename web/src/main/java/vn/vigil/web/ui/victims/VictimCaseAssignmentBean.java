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
import vn.vigil.web.ui.Choice;
import vn.vigil.web.ui.Choices;
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
    /** Suggestions a picker offers at once. */
    static final int SUGGESTIONS = 15;

    private Choice caseWorker;
    private final Choices offered = new Choices();
    /** The usernames of the case workers offered, by id: the reassignment names a case worker by username. */
    private final java.util.HashMap<Long, String> usernames = new java.util.HashMap<>();

    public void startReassignment(CaseloadRow row) {
        reassigning = row;
        caseWorker = null;
    }

    /** Enabled case workers whose name or username matches what was typed, the case's own one left out. */
    public List<Choice> completeCaseWorker(String typed) {
        List<StaffMember> found = staff.enabledWith(EnumSet.of(Role.CASE_WORKER), typed, null, SUGGESTIONS + 1).stream()
                .filter(s -> reassigning == null || !s.username().equals(reassigning.caseWorker()))
                .limit(SUGGESTIONS)
                .toList();
        found.forEach(s -> usernames.put(s.id(), s.username()));
        return offered.offer(found.stream()
                .map(s -> new Choice(s.id(), s.fullName() + " (" + s.username() + ")"))
                .toList());
    }

    public void reassign() {
        try {
            String username = caseWorker == null ? null : usernames.get(caseWorker.id());
            cases.reassign(reassigning.id(), reassigning.version(), username);
            FacesMessages.info("victims.assignment.reassigned", reassigning.code(), username);
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

    public Choices getOffered() {
        return offered;
    }

    public Choice getCaseWorker() {
        return caseWorker;
    }

    public void setCaseWorker(Choice caseWorker) {
        this.caseWorker = caseWorker;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.all();
    }
}
