package vn.vigil.web.ui.violations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.RuleUnit;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.api.ViolationRuleCommand;
import vn.vigil.inspection.api.ViolationRuleView;
import vn.vigil.inspection.api.ViolationRules;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.ViolationRulesExport;
import vn.vigil.web.ui.FacesMessages;

/**
 * The statutory periods and amounts as dated rows: a change of law is a new row from a later day, which ends the
 * code's current row the day before; past rows stay as they were.
 */
@Named
@ViewScoped
public class ViolationRulesBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    ViolationRulesExport export;

    @Inject
    ViolationRules rules;

    private List<ViolationRuleView> rows = List.of();
    private ViolationRuleCode code;
    private Long amount;
    private RuleUnit unit;
    private String legalBasis;
    private LocalDate validFrom;

    @PostConstruct
    void load() {
        rows = rules.rules();
    }

    /** A new dated row; when started from a row, its code, value and unit are the starting point. */
    public void startNew(ViolationRuleView from) {
        code = from == null ? null : from.code();
        amount = from == null ? null : from.amount();
        unit = from == null ? null : from.unit();
        legalBasis = from == null ? null : from.legalBasis();
        validFrom = VietnamTime.today().plusDays(1);
    }

    public void save() {
        try {
            ViolationRuleView saved =
                    rules.supersede(new ViolationRuleCommand(code, amount, unit, legalBasis, validFrom));
            FacesMessages.info("cases.admin.rules.saved", saved.validFrom());
            load();
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** A rule not yet in force, the latest of its code, can be taken back. */
    public boolean withdrawable(ViolationRuleView row) {
        return row.validFrom().isAfter(VietnamTime.today())
                && rows.stream()
                        .filter(r -> r.code() == row.code())
                        .allMatch(r -> !r.validFrom().isAfter(row.validFrom()));
    }

    public void withdraw(ViolationRuleView row) {
        try {
            rules.withdraw(row.id(), row.version());
            FacesMessages.info("cases.admin.rules.withdrawn", row.validFrom());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
        load();
    }

    /** Whether the row is in force today. */
    public boolean inForce(ViolationRuleView row) {
        LocalDate today = VietnamTime.today();
        return !row.validFrom().isAfter(today)
                && (row.validUntil() == null || !row.validUntil().isBefore(today));
    }

    public List<ViolationRuleView> getRows() {
        return rows;
    }

    public ViolationRuleCode[] getCodes() {
        return ViolationRuleCode.values();
    }

    public RuleUnit[] getUnits() {
        return RuleUnit.values();
    }

    public ViolationRuleCode getCode() {
        return code;
    }

    public void setCode(ViolationRuleCode code) {
        this.code = code;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public RuleUnit getUnit() {
        return unit;
    }

    public void setUnit(RuleUnit unit) {
        this.unit = unit;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.all();
    }
}
