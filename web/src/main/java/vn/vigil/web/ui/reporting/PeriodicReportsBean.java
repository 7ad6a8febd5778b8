package vn.vigil.web.ui.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.reporting.api.PeriodicReportView;
import vn.vigil.reporting.api.PeriodicReports;
import vn.vigil.reporting.api.ReportKind;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.PeriodicReportsExport;
import vn.vigil.web.ui.FacesMessages;

/** The periodic reports page: the list for the committee; drafting, writing and issuing for the standing office. */
@Named
@ViewScoped
public class PeriodicReportsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    PeriodicReportsExport export;

    @Inject
    PeriodicReports reports;

    private List<PeriodicReportView> recent;
    private ReportKind kind = ReportKind.HALF_YEAR;
    private Integer year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    private Integer cutOffDay = ReportKind.DEFAULT_CUT_OFF_DAY;
    private PeriodicReportView editing;
    private String assessment;
    private String difficulties;
    private String proposals;
    private String nextTasks;

    @PostConstruct
    void load() {
        recent = reports.recent(PeriodicReportsExport.RECENT);
    }

    public void draft() {
        try {
            edit(reports.draft(kind, year == null ? 0 : year, null, cutOffDay));
            FacesMessages.info("reports.periodic.drafted");
            load();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void edit(PeriodicReportView report) {
        editing = report;
        PeriodicReportView.Narrative n = report.narrative();
        assessment = n.assessment();
        difficulties = n.difficulties();
        proposals = n.proposals();
        nextTasks = n.nextTasks();
    }

    public void save() {
        try {
            edit(reports.write(
                    editing.id(),
                    editing.version(),
                    new PeriodicReportView.Narrative(assessment, difficulties, proposals, nextTasks)));
            FacesMessages.info("reports.periodic.saved");
            load();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void issue(PeriodicReportView report) {
        try {
            PeriodicReportView issued = reports.issue(report.id(), report.version());
            editing = null;
            FacesMessages.info("reports.periodic.issued", issued.number());
            load();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void correct(PeriodicReportView report) {
        try {
            edit(reports.correct(report.id()));
            FacesMessages.info("reports.periodic.drafted");
            load();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public List<ReportKind> getKinds() {
        return List.of(ReportKind.values());
    }

    public List<PeriodicReportView> getRecent() {
        return recent;
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getCutOffDay() {
        return cutOffDay;
    }

    public void setCutOffDay(Integer cutOffDay) {
        this.cutOffDay = cutOffDay;
    }

    public PeriodicReportView getEditing() {
        return editing;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public void setDifficulties(String difficulties) {
        this.difficulties = difficulties;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }

    public String getNextTasks() {
        return nextTasks;
    }

    public void setNextTasks(String nextTasks) {
        this.nextTasks = nextTasks;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.recent();
    }
}
