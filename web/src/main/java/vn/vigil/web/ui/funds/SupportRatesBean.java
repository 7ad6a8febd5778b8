package vn.vigil.web.ui.funds;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.DomainException;
import vn.vigil.victim.api.ApprovalRuleView;
import vn.vigil.victim.api.RateCommand;
import vn.vigil.victim.api.RateUnit;
import vn.vigil.victim.api.RateView;
import vn.vigil.victim.api.SupportApprovals;
import vn.vigil.victim.api.SupportRates;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.SupportRatesExport;
import vn.vigil.web.ui.FacesMessages;

/** Administrators keep the provincial rate table and the second-approval threshold. */
@Named
@ViewScoped
public class SupportRatesBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportRatesExport export;

    @Inject
    SupportRates rates;

    @Inject
    SupportApprovals approvals;

    private List<RateView> list;
    private ApprovalRuleView rule;
    private Long threshold;

    private Long editedId;
    private long editedVersion;
    private String supportType;
    private String item;
    private String nameVi;
    private String nameEn;
    private RateUnit unit;
    private Long amount;
    private Integer maxUnits;
    private LocalDate validFrom;
    private LocalDate validUntil;

    @PostConstruct
    void load() {
        list = rates.rates();
        rule = approvals.approvalRule();
        threshold = rule.secondApprovalAbove();
    }

    public void startAdding() {
        editedId = null;
        fill(new RateCommand(null, null, null, null, RateUnit.ONE_OFF, null, null, LocalDate.now(), null));
    }

    public void startEditing(RateView r) {
        editedId = r.id();
        editedVersion = r.version();
        fill(new RateCommand(
                r.supportType(),
                r.item(),
                r.nameVi(),
                r.nameEn(),
                r.unit(),
                r.amount(),
                r.maxUnits(),
                r.validFrom(),
                r.validUntil()));
    }

    public void save() {
        RateCommand command =
                new RateCommand(supportType, item, nameVi, nameEn, unit, amount, maxUnits, validFrom, validUntil);
        try {
            if (editedId == null) {
                rates.createRate(command);
            } else {
                rates.reviseRate(editedId, editedVersion, command);
            }
            FacesMessages.info("funds.rate.saved");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            list = rates.rates();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public void saveThreshold() {
        try {
            rule = approvals.changeApprovalRule(threshold == null ? -1 : threshold, rule.version());
            FacesMessages.info("funds.threshold.saved");
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    private void fill(RateCommand c) {
        supportType = c.supportType();
        item = c.item();
        nameVi = c.nameVi();
        nameEn = c.nameEn();
        unit = c.unit();
        amount = c.amount();
        maxUnits = c.maxUnits();
        validFrom = c.validFrom();
        validUntil = c.validUntil();
    }

    public boolean isAdding() {
        return editedId == null;
    }

    public RateUnit[] getUnits() {
        return RateUnit.values();
    }

    public List<RateView> getList() {
        return list;
    }

    public Long getThreshold() {
        return threshold;
    }

    public void setThreshold(Long threshold) {
        this.threshold = threshold;
    }

    public String getSupportType() {
        return supportType;
    }

    public void setSupportType(String supportType) {
        this.supportType = supportType;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public RateUnit getUnit() {
        return unit;
    }

    public void setUnit(RateUnit unit) {
        this.unit = unit;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public Integer getMaxUnits() {
        return maxUnits;
    }

    public void setMaxUnits(Integer maxUnits) {
        this.maxUnits = maxUnits;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.all();
    }
}
