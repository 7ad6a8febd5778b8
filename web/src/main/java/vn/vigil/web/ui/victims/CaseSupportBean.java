package vn.vigil.web.ui.victims;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.victim.api.CaseSupport;
import vn.vigil.victim.api.CaseSupportView;
import vn.vigil.victim.api.ExtensionCommand;
import vn.vigil.victim.api.NeedsAssessmentCommand;
import vn.vigil.victim.api.RateView;
import vn.vigil.victim.api.SupportRates;
import vn.vigil.victim.api.SupportRequestCommand;
import vn.vigil.victim.api.SupportRequestView;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.NotFoundPage;

/**
 * The case worker's support plan for one case (?case=id): facts without identity, eligibility by type, needs
 * assessments, essential-needs days and extensions, and support requests with their state.
 */
@Named
@ViewScoped
public class CaseSupportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseSupport support;

    @Inject
    SupportRates rates;

    private Long caseId;
    private CaseSupportView view;
    private boolean denied;

    private LocalDate assessedOn;
    private List<String> needs = new ArrayList<>();
    private String notes;

    private Integer extraDays;
    private String extensionReason;
    private String extensionApprovedBy;
    private LocalDate extensionApprovedOn;

    private String supportType;
    private Long rateId;
    private LocalDate periodFrom;
    private LocalDate periodUntil;
    private Integer quantity;
    private Long amount;
    private String purpose;
    private String justification;
    private List<RateView> typeRates = List.of();

    private SupportRequestView withdrawing;
    private String withdrawReason;

    public void load() {
        if (caseId == null) {
            NotFoundPage.show();
            return;
        }
        try {
            view = support.caseSupport(caseId);
            assessedOn = LocalDate.now();
        } catch (NotFoundException e) {
            NotFoundPage.show();
        } catch (AccessDeniedException e) {
            denied = true;
            FacesMessages.refused(e);
        }
    }

    public void assess() {
        try {
            support.assessNeeds(caseId, new NeedsAssessmentCommand(assessedOn, new HashSet<>(needs), notes));
            FacesMessages.info("funds.needs.saved");
            needs = new ArrayList<>();
            notes = null;
            reload();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public void extend() {
        try {
            support.recordExtension(
                    caseId, new ExtensionCommand(extraDays, extensionReason, extensionApprovedBy, extensionApprovedOn));
            FacesMessages.info("funds.extension.saved");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            extraDays = null;
            extensionReason = null;
            extensionApprovedBy = null;
            extensionApprovedOn = null;
            reload();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    /** The chosen type's rates in force on the first day of support; the only one is chosen for the person. */
    public void typeChosen() {
        rateId = null;
        typeRates = supportType == null ? List.of() : rates.inForce(supportType, periodFrom);
        if (typeRates.size() == 1) {
            rateId = typeRates.get(0).id();
        }
        propose();
    }

    /** Fills the amount the chosen rate proposes for the period or months entered. */
    public void propose() {
        typeRates.stream()
                .filter(r -> r.id() == (rateId == null ? -1 : rateId))
                .findFirst()
                .map(r -> r.proposedFor(periodFrom, periodUntil, quantity))
                .ifPresent(proposed -> amount = proposed);
    }

    public void request() {
        try {
            SupportRequestView created = support.requestSupport(new SupportRequestCommand(
                    caseId, supportType, rateId, periodFrom, periodUntil, quantity, amount, purpose, justification));
            FacesMessages.info("funds.request.saved", created.supportType());
            supportType = null;
            rateId = null;
            typeRates = List.of();
            periodFrom = null;
            periodUntil = null;
            quantity = null;
            amount = null;
            purpose = null;
            justification = null;
            reload();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public void startWithdrawing(SupportRequestView request) {
        withdrawing = request;
        withdrawReason = null;
    }

    public void withdraw() {
        try {
            support.withdraw(withdrawing.id(), withdrawing.version(), withdrawReason);
            FacesMessages.info("funds.request.withdrawn");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            withdrawing = null;
            reload();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    private void reload() {
        view = support.caseSupport(caseId);
    }

    public boolean isCaseByCase() {
        return view != null
                && supportType != null
                && view.eligibility().get(supportType) == vn.vigil.victim.api.SupportEligibility.CASE_BY_CASE;
    }

    public List<String> getTypes() {
        return view == null ? List.of() : new ArrayList<>(view.eligibility().keySet());
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public CaseSupportView getView() {
        return view;
    }

    public boolean isDenied() {
        return denied;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public List<String> getNeeds() {
        return needs;
    }

    public void setNeeds(List<String> needs) {
        this.needs = needs;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Integer getExtraDays() {
        return extraDays;
    }

    public void setExtraDays(Integer extraDays) {
        this.extraDays = extraDays;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getExtensionApprovedBy() {
        return extensionApprovedBy;
    }

    public void setExtensionApprovedBy(String extensionApprovedBy) {
        this.extensionApprovedBy = extensionApprovedBy;
    }

    public LocalDate getExtensionApprovedOn() {
        return extensionApprovedOn;
    }

    public void setExtensionApprovedOn(LocalDate extensionApprovedOn) {
        this.extensionApprovedOn = extensionApprovedOn;
    }

    public String getSupportType() {
        return supportType;
    }

    public void setSupportType(String supportType) {
        this.supportType = supportType;
    }

    public Long getRateId() {
        return rateId;
    }

    public void setRateId(Long rateId) {
        this.rateId = rateId;
    }

    /** A rate as the drop-down shows it: its name, the amount with thousands separators, and its unit. */
    public String rateLabel(RateView rate, String language) {
        return FacesMessages.text(
                "funds.rate.option",
                rate.name(language),
                rate.amount(),
                FacesMessages.text("funds.unit." + rate.unit()));
    }

    public List<RateView> getTypeRates() {
        return typeRates;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodUntil() {
        return periodUntil;
    }

    public void setPeriodUntil(LocalDate periodUntil) {
        this.periodUntil = periodUntil;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
