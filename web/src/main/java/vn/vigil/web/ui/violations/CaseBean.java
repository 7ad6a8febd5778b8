package vn.vigil.web.ui.violations;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.CaseStepView;
import vn.vigil.inspection.api.ComplaintCommand;
import vn.vigil.inspection.api.ComplaintDecisionCommand;
import vn.vigil.inspection.api.ComplaintOutcome;
import vn.vigil.inspection.api.DeliveryCommand;
import vn.vigil.inspection.api.EstablishmentDirectory;
import vn.vigil.inspection.api.EstablishmentSummary;
import vn.vigil.inspection.api.LegalCatalogue;
import vn.vigil.inspection.api.LegalProvisionView;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.ViolationCaseAction;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolationCases;
import vn.vigil.inspection.api.ViolatorKind;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.NotFoundPage;
import vn.vigil.web.ui.SessionUser;

/**
 * One violation case: who, where, its acts, payments, complaint and history, and, for a legal officer, a dialog for
 * each step the workflow allows now. Every step passes the version the page loaded.
 */
@Named
@ViewScoped
public class CaseBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ViolationCases cases;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    EstablishmentDirectory establishments;

    @Inject
    SessionUser user;

    private long id;
    private ViolationCaseView view;
    private String establishmentName;
    private List<ActRow> acts = List.of();

    private final ProvisionChoices provisionChoices = new ProvisionChoices();
    private RecordForm record;
    private DecisionForm decision;
    private PaymentForm payment;
    private StepForm step;

    /** Loads the case; answers 404 for an unknown case and 403 for a case the user may not read. */
    public void load() {
        try {
            show(cases.violationCase(id));
        } catch (NotFoundException e) {
            NotFoundPage.answer(404);
        } catch (AccessDeniedException e) {
            NotFoundPage.answer(403);
        }
    }

    private void show(ViolationCaseView c) {
        view = c;
        acts = c.acts().stream()
                .map(a -> new ActRow(catalogue.provision(a.provisionId()), c.violatorKind(), a.fine()))
                .toList();
        establishmentName = c.establishmentId() == null
                ? null
                : establishments.byIds(List.of(c.establishmentId())).stream()
                        .findFirst()
                        .map(EstablishmentSummary::name)
                        .orElse(null);
    }

    /** Whether the user may take this step now: a legal officer, and the workflow allows it from here. */
    public boolean can(String action) {
        ViolationCaseAction a = ViolationCaseAction.valueOf(action);
        if (view == null || !user.has("LEGAL_OFFICER") || !view.nextActions().contains(a)) {
            return false;
        }
        return switch (a) {
            case FILE_COMPLAINT -> view.complaintFiledOn() == null;
            case DECIDE_COMPLAINT -> view.complaintFiledOn() != null && view.complaintOutcome() == null;
            default -> true;
        };
    }

    public boolean isActing() {
        return view != null
                && user.has("LEGAL_OFFICER")
                && view.nextActions().stream().anyMatch(a -> can(a.name()));
    }

    public void startRecord() {
        record = RecordForm.of(view, VietnamTime.today());
    }

    public void startDecision() {
        decision = new DecisionForm(acts, VietnamTime.today());
    }

    public void startPayment() {
        payment = new PaymentForm(VietnamTime.today(), view.balance());
    }

    public void startStep(String action) {
        step = new StepForm(ViolationCaseAction.valueOf(action), VietnamTime.today());
    }

    public void saveRecord() {
        act("cases.done.RECORD_VIOLATION", () -> cases.recordViolation(id, view.version(), record.command()));
    }

    public void saveDecision() {
        act("cases.done.ISSUE_DECISION", () -> cases.issueDecision(id, view.version(), decision.command()));
    }

    public void savePayment() {
        act("cases.done.PAYMENT", () -> cases.recordPayment(id, view.version(), payment.command()));
    }

    public void saveStep() {
        long version = view.version();
        act("cases.done." + step.getAction(), () -> switch (step.getAction()) {
            case DELIVER_DECISION ->
                cases.deliverDecision(id, version, new DeliveryCommand(step.getDay(), step.isFlag(), step.getText()));
            case RETURN_FROM_POLICE -> cases.returnFromPolice(id, version, step.getDay(), step.getText());
            case FILE_COMPLAINT ->
                cases.fileComplaint(id, version, new ComplaintCommand(step.getDay(), step.getText(), step.isFlag()));
            case DECIDE_COMPLAINT ->
                cases.decideComplaint(
                        id, version, new ComplaintDecisionCommand(step.getOutcome(), step.getDay(), step.getText()));
            default -> cases.take(id, version, step.getAction(), step.getText());
        });
    }

    /** Takes a step; a refusal (or a stale version) keeps the dialog open with its message and changes nothing. */
    private void act(String doneKey, Supplier<ViolationCaseView> work) {
        try {
            show(work.get());
            FacesMessages.info(doneKey, String.valueOf(id));
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Acts of the catalogue in use that were in force on the day the violation was detected. */
    public List<LegalProvisionView> completeProvision(String text) {
        LocalDate day = view == null ? null : view.detectedOn();
        return provisionChoices.offer(catalogue.provisions(text, true, PageRequest.first(30)).items().stream()
                .filter(p -> day == null || p.inForceOn(day))
                .limit(15)
                .toList());
    }

    /** When a step was taken, on the Vietnamese clock. */
    public LocalDateTime actedAt(CaseStepView step) {
        return VietnamTime.local(step.actedAt());
    }

    public ViolatorKind[] getKinds() {
        return ViolatorKind.values();
    }

    public ComplaintOutcome[] getOutcomes() {
        return ComplaintOutcome.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ViolationCaseView getView() {
        return view;
    }

    public String getEstablishmentName() {
        return establishmentName;
    }

    public List<ActRow> getActs() {
        return acts;
    }

    public ProvisionChoices getProvisionChoices() {
        return provisionChoices;
    }

    public RecordForm getRecord() {
        return record;
    }

    public DecisionForm getDecision() {
        return decision;
    }

    public PaymentForm getPayment() {
        return payment;
    }

    public StepForm getStep() {
        return step;
    }
}
