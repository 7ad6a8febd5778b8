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
import vn.vigil.victim.api.BudgetLineCommand;
import vn.vigil.victim.api.BudgetLineView;
import vn.vigil.victim.api.Budgets;
import vn.vigil.victim.api.FundingSourceView;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.BudgetLinesExport;
import vn.vigil.web.ui.FacesMessages;

/** Budget lines of a year with spent, committed and available money; add, change, close the year. */
@Named
@ViewScoped
public class BudgetLinesBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetLinesExport export;

    @Inject
    Budgets budgets;

    private int year = LocalDate.now().getYear();
    private List<BudgetLineView> lines;
    private boolean yearClosed;
    private List<FundingSourceView> sources;

    private Long editedId;
    private long editedVersion;
    private Long fundingSourceId;
    private String supportType;
    private Long amount;
    private String note;

    @PostConstruct
    void init() {
        sources = budgets.fundingSources().stream()
                .filter(FundingSourceView::active)
                .toList();
        reload();
    }

    public void reload() {
        lines = budgets.budgetLines(year);
        yearClosed = budgets.yearClosed(year);
    }

    public void startAdding() {
        editedId = null;
        fundingSourceId = null;
        supportType = null;
        amount = null;
        note = null;
    }

    public void startEditing(BudgetLineView line) {
        editedId = line.id();
        editedVersion = line.version();
        fundingSourceId = line.fundingSourceId();
        supportType = line.supportType();
        amount = line.amount();
        note = line.note();
    }

    public void save() {
        try {
            if (editedId == null) {
                budgets.createBudgetLine(new BudgetLineCommand(year, fundingSourceId, supportType, amount, note));
            } else {
                budgets.reviseBudgetLine(editedId, editedVersion, amount == null ? 0 : amount, note);
            }
            FacesMessages.info("funds.line.saved");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            reload();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public void closeYear() {
        try {
            budgets.closeYear(year);
            FacesMessages.info("funds.year.closedDone", String.valueOf(year));
            reload();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public long getTotalAmount() {
        return lines.stream().mapToLong(BudgetLineView::amount).sum();
    }

    public long getTotalAvailable() {
        return lines.stream().mapToLong(BudgetLineView::available).sum();
    }

    public boolean isAdding() {
        return editedId == null;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<BudgetLineView> getLines() {
        return lines;
    }

    public boolean isYearClosed() {
        return yearClosed;
    }

    public List<FundingSourceView> getSources() {
        return sources;
    }

    public Long getFundingSourceId() {
        return fundingSourceId;
    }

    public void setFundingSourceId(Long fundingSourceId) {
        this.fundingSourceId = fundingSourceId;
    }

    public String getSupportType() {
        return supportType;
    }

    public void setSupportType(String supportType) {
        this.supportType = supportType;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(year);
    }
}
