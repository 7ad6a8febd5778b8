package vn.vigil.web.ui.visits;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import vn.vigil.inspection.api.CampaignKind;
import vn.vigil.inspection.api.PlanCommand;
import vn.vigil.inspection.api.PlanView;
import vn.vigil.inspection.api.TargetSelection;

/** What the plan form edits; the service checks it. */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String number;
    private String title;
    private CampaignKind campaign = CampaignKind.ROUTINE;
    private String approverName;
    private String approverPosition;
    private LocalDate periodFrom;
    private LocalDate periodUntil;
    private List<Long> communeIds = new ArrayList<>();
    private List<Long> businessLineIds = new ArrayList<>();
    private TargetSelection targetSelection = TargetSelection.BY_RISK;
    private Integer minRisk = 70;
    private List<Long> establishmentIds = new ArrayList<>();
    private Integer coverageTargetPercent = 60;
    private Integer minUnannouncedVisits = 0;

    static PlanForm of(PlanView v) {
        PlanForm f = new PlanForm();
        f.number = v.number();
        f.title = v.title();
        f.campaign = v.campaign();
        f.approverName = v.approverName();
        f.approverPosition = v.approverPosition();
        f.periodFrom = v.periodFrom();
        f.periodUntil = v.periodUntil();
        f.communeIds = new ArrayList<>(v.communeIds());
        f.businessLineIds = new ArrayList<>(v.businessLineIds());
        f.targetSelection = v.targetSelection();
        f.minRisk = v.minRisk();
        f.establishmentIds = new ArrayList<>(v.establishmentIds());
        f.coverageTargetPercent = v.coverageTargetPercent();
        f.minUnannouncedVisits = v.minUnannouncedVisits();
        return f;
    }

    PlanCommand toCommand() {
        return new PlanCommand(
                number,
                title,
                campaign,
                approverName,
                approverPosition,
                periodFrom,
                periodUntil,
                new HashSet<>(communeIds),
                new HashSet<>(businessLineIds),
                targetSelection,
                minRisk,
                new HashSet<>(establishmentIds),
                coverageTargetPercent,
                minUnannouncedVisits);
    }

    /** Fills the period a campaign usually has, in the year already chosen (or this year). */
    void suggestPeriod(int thisYear) {
        int year = periodFrom == null ? thisYear : periodFrom.getYear();
        campaign.suggestedPeriod(year).ifPresent(p -> {
            periodFrom = p.from();
            periodUntil = p.until();
        });
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public CampaignKind getCampaign() {
        return campaign;
    }

    public void setCampaign(CampaignKind campaign) {
        this.campaign = campaign;
    }

    public String getApproverName() {
        return approverName;
    }

    public void setApproverName(String approverName) {
        this.approverName = approverName;
    }

    public String getApproverPosition() {
        return approverPosition;
    }

    public void setApproverPosition(String approverPosition) {
        this.approverPosition = approverPosition;
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

    public List<Long> getCommuneIds() {
        return communeIds;
    }

    public void setCommuneIds(List<Long> communeIds) {
        this.communeIds = communeIds;
    }

    public List<Long> getBusinessLineIds() {
        return businessLineIds;
    }

    public void setBusinessLineIds(List<Long> businessLineIds) {
        this.businessLineIds = businessLineIds;
    }

    public TargetSelection getTargetSelection() {
        return targetSelection;
    }

    public void setTargetSelection(TargetSelection targetSelection) {
        this.targetSelection = targetSelection;
    }

    public Integer getMinRisk() {
        return minRisk;
    }

    public void setMinRisk(Integer minRisk) {
        this.minRisk = minRisk;
    }

    public List<Long> getEstablishmentIds() {
        return establishmentIds;
    }

    public Integer getCoverageTargetPercent() {
        return coverageTargetPercent;
    }

    public void setCoverageTargetPercent(Integer coverageTargetPercent) {
        this.coverageTargetPercent = coverageTargetPercent;
    }

    public Integer getMinUnannouncedVisits() {
        return minUnannouncedVisits;
    }

    public void setMinUnannouncedVisits(Integer minUnannouncedVisits) {
        this.minUnannouncedVisits = minUnannouncedVisits;
    }
}
