package vn.vigil.web.ui.violations;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.vigil.inspection.api.LegalProvisionCommand;
import vn.vigil.inspection.api.LegalProvisionView;

/** The catalogue dialog: a new act, or an existing one with the version the administrator loaded. */
public class ProvisionForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Long id;
    private long version;
    private String decree;
    private Integer article;
    private Integer clause;
    private String point;
    private String description;
    private Long individualFineMin;
    private Long individualFineMax;
    private Long organisationFineMin;
    private Long organisationFineMax;
    private Integer suspensionMonthsMin;
    private Integer suspensionMonthsMax;
    private boolean confiscation;
    private String remedialMeasures;
    private boolean active = true;
    private LocalDate validFrom;
    private LocalDate validUntil;

    /** A new act, in force from today unless the administrator enters the decree's own day. */
    static ProvisionForm blank() {
        ProvisionForm form = new ProvisionForm();
        form.validFrom = LocalDate.now(VIETNAM);
        return form;
    }

    static ProvisionForm of(LegalProvisionView p) {
        ProvisionForm form = new ProvisionForm();
        form.id = p.id();
        form.version = p.version();
        form.decree = p.decree();
        form.article = p.article();
        form.clause = p.clause();
        form.point = p.point();
        form.description = p.description();
        form.individualFineMin = p.individualFineMin();
        form.individualFineMax = p.individualFineMax();
        form.organisationFineMin = p.organisationFineMin();
        form.organisationFineMax = p.organisationFineMax();
        form.suspensionMonthsMin = p.suspensionMonthsMin();
        form.suspensionMonthsMax = p.suspensionMonthsMax();
        form.confiscation = p.confiscation();
        form.remedialMeasures = p.remedialMeasures();
        form.active = p.active();
        form.validFrom = p.validFrom();
        form.validUntil = p.validUntil();
        return form;
    }

    LegalProvisionCommand command() {
        return new LegalProvisionCommand(
                decree,
                article,
                clause,
                point,
                description,
                individualFineMin,
                individualFineMax,
                organisationFineMin,
                organisationFineMax,
                suspensionMonthsMin,
                suspensionMonthsMax,
                confiscation,
                remedialMeasures,
                active,
                validFrom,
                validUntil);
    }

    public boolean isAdding() {
        return id == null;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public String getDecree() {
        return decree;
    }

    public void setDecree(String decree) {
        this.decree = decree;
    }

    public Integer getArticle() {
        return article;
    }

    public void setArticle(Integer article) {
        this.article = article;
    }

    public Integer getClause() {
        return clause;
    }

    public void setClause(Integer clause) {
        this.clause = clause;
    }

    public String getPoint() {
        return point;
    }

    public void setPoint(String point) {
        this.point = point;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getIndividualFineMin() {
        return individualFineMin;
    }

    public void setIndividualFineMin(Long individualFineMin) {
        this.individualFineMin = individualFineMin;
    }

    public Long getIndividualFineMax() {
        return individualFineMax;
    }

    public void setIndividualFineMax(Long individualFineMax) {
        this.individualFineMax = individualFineMax;
    }

    public Long getOrganisationFineMin() {
        return organisationFineMin;
    }

    public void setOrganisationFineMin(Long organisationFineMin) {
        this.organisationFineMin = organisationFineMin;
    }

    public Long getOrganisationFineMax() {
        return organisationFineMax;
    }

    public void setOrganisationFineMax(Long organisationFineMax) {
        this.organisationFineMax = organisationFineMax;
    }

    public Integer getSuspensionMonthsMin() {
        return suspensionMonthsMin;
    }

    public void setSuspensionMonthsMin(Integer suspensionMonthsMin) {
        this.suspensionMonthsMin = suspensionMonthsMin;
    }

    public Integer getSuspensionMonthsMax() {
        return suspensionMonthsMax;
    }

    public void setSuspensionMonthsMax(Integer suspensionMonthsMax) {
        this.suspensionMonthsMax = suspensionMonthsMax;
    }

    public boolean isConfiscation() {
        return confiscation;
    }

    public void setConfiscation(boolean confiscation) {
        this.confiscation = confiscation;
    }

    public String getRemedialMeasures() {
        return remedialMeasures;
    }

    public void setRemedialMeasures(String remedialMeasures) {
        this.remedialMeasures = remedialMeasures;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
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
}
