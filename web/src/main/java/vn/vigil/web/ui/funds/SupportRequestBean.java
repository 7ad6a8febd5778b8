package vn.vigil.web.ui.funds;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.victim.api.BudgetLineView;
import vn.vigil.victim.api.Budgets;
import vn.vigil.victim.api.DisbursementCommand;
import vn.vigil.victim.api.DisbursementMethod;
import vn.vigil.victim.api.SupportApprovals;
import vn.vigil.victim.api.SupportRequestView;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.NotFoundPage;

/** One support request for finance (?id=): allocate to a line, approve, disburse, or cancel. No identity shown. */
@Named
@ViewScoped
public class SupportRequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportApprovals approvals;

    @Inject
    Budgets budgets;

    private Long id;
    private SupportRequestView request;
    private List<BudgetLineView> lines = List.of();
    private Long budgetLineId;
    private DisbursementMethod method = DisbursementMethod.CASH;
    private String receiptNumber;
    private LocalDate disbursedOn = LocalDate.now();
    private String reason;

    public void load() {
        if (id == null) {
            NotFoundPage.show();
            return;
        }
        try {
            show(approvals.request(id));
        } catch (NotFoundException e) {
            NotFoundPage.show();
        }
    }

    public void allocate() {
        act(
                () -> approvals.allocate(id, request.version(), budgetLineId == null ? -1 : budgetLineId),
                "funds.allocated");
    }

    public void approve() {
        act(() -> approvals.approve(id, request.version()), "funds.approved");
    }

    public void disburse() {
        act(
                () -> approvals.disburse(
                        id, request.version(), new DisbursementCommand(method, receiptNumber, disbursedOn)),
                "funds.disbursed");
    }

    public void cancel() {
        act(() -> approvals.cancel(id, request.version(), reason), "funds.cancelled");
    }

    private void act(java.util.function.Supplier<SupportRequestView> step, String done) {
        try {
            show(step.get());
            FacesMessages.info(done);
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (DomainException e) {
            FacesMessages.refused(e);
            show(approvals.request(id));
        }
    }

    /** The request and the lines of its type in its year it may be paid from. */
    private void show(SupportRequestView shown) {
        request = shown;
        budgetLineId = shown.budgetLineId();
        lines = budgets.budgetLines(shown.requestedOn().getYear()).stream()
                .filter(l -> l.supportType().equals(shown.supportType()))
                .toList();
    }

    public BudgetLineView getLine() {
        return lines.stream()
                .filter(l -> request != null && Long.valueOf(l.id()).equals(request.budgetLineId()))
                .findFirst()
                .orElse(null);
    }

    public DisbursementMethod[] getMethods() {
        return DisbursementMethod.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SupportRequestView getRequest() {
        return request;
    }

    public List<BudgetLineView> getLines() {
        return lines;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public void setBudgetLineId(Long budgetLineId) {
        this.budgetLineId = budgetLineId;
    }

    public DisbursementMethod getMethod() {
        return method;
    }

    public void setMethod(DisbursementMethod method) {
        this.method = method;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public LocalDate getDisbursedOn() {
        return disbursedOn;
    }

    public void setDisbursedOn(LocalDate disbursedOn) {
        this.disbursedOn = disbursedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
