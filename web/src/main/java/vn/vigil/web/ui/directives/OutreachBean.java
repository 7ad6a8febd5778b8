package vn.vigil.web.ui.directives;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import vn.vigil.core.api.DomainException;
import vn.vigil.reporting.api.directive.ApprovalItem;
import vn.vigil.reporting.api.directive.ApprovalState;
import vn.vigil.reporting.api.directive.Approvals;
import vn.vigil.reporting.api.directive.Audience;
import vn.vigil.reporting.api.directive.OutreachCommand;
import vn.vigil.reporting.api.directive.OutreachImport;
import vn.vigil.reporting.api.directive.OutreachImportReport;
import vn.vigil.reporting.api.directive.OutreachKind;
import vn.vigil.reporting.api.directive.OutreachLog;
import vn.vigil.reporting.api.directive.OutreachQuery;
import vn.vigil.reporting.api.directive.OutreachTotals;
import vn.vigil.reporting.api.directive.OutreachView;
import vn.vigil.web.ui.Choice;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;

/**
 * The outreach log: filters, one page of activities with the totals of all that match (and of the approved ones, so
 * figures not yet approved are never passed off as approved), a focal point's form to log its unit's activity and send
 * it up, and the standing office's un-approval with a reason.
 */
@Named
@ViewScoped
public class OutreachBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 20;

    @Inject
    OutreachLog log;

    @Inject
    Approvals approvals;

    @Inject
    OutreachImport imports;

    private String fileName;
    private byte[] file;
    private OutreachImportReport importReport;

    private LocalDate from;
    private LocalDate until;
    private OutreachKind kindFilter;
    private ApprovalState stateFilter;
    private OutreachQuery applied = new OutreachQuery(null, null, null, null, null, null);
    private OutreachTotals totals;

    // the activity being logged
    private LocalDate heldOn;
    private OutreachKind kind = OutreachKind.COMMUNITY_MEETING;
    private List<Audience> audiences = new ArrayList<>();
    private List<Choice> communes = new ArrayList<>();
    private Integer participants;
    private Integer materials = 0;
    private String description;

    private OutreachView selected;
    private OutreachView photoOf;
    private String reason;

    private final PagedModel<OutreachQuery, OutreachView> rows =
            new PagedModel<>(() -> applied, (q, page) -> log.list(q, page), ROWS, OutreachView::id);

    public void search() {
        applied = new OutreachQuery(from, until, null, null, kindFilter, stateFilter);
        totals = null;
    }

    public OutreachTotals getTotals() {
        if (totals == null) {
            totals = log.totals(applied);
        }
        return totals;
    }

    public void logActivity() {
        try {
            Set<Audience> chosen = audiences.isEmpty() ? Set.of() : EnumSet.copyOf(audiences);
            OutreachView logged = log.log(new OutreachCommand(
                    heldOn,
                    null,
                    kind,
                    chosen,
                    communes.stream().map(Choice::id).toList(),
                    participants,
                    materials,
                    description));
            FacesMessages.info("outreach.logged", Pages.day(logged.heldOn()));
            heldOn = null;
            audiences = new ArrayList<>();
            communes = new ArrayList<>();
            participants = null;
            materials = 0;
            description = null;
            totals = null;
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    /** Tries an uploaded spreadsheet: how many rows, and each bad one with its reason. */
    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        file = event.getFile().getContent();
        importReport = null;
        try {
            importReport = imports.dryRun(fileName, file);
        } catch (DomainException refused) {
            file = null;
            FacesMessages.refused(refused);
        }
    }

    public void importFile() {
        try {
            OutreachImportReport done = imports.importFile(fileName, file);
            FacesMessages.info("outreachImport.done", done.imported());
            importReport = null;
            file = null;
            totals = null;
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public String problem(OutreachImportReport.Problem p) {
        return FacesMessages.text(p.messageKey(), p.args().toArray());
    }

    public String getStartLabel() {
        return FacesMessages.text("outreachImport.start", importReport == null ? 0 : importReport.rows());
    }

    public OutreachImportReport getImportReport() {
        return importReport;
    }

    public boolean isImportable() {
        return importReport != null && importReport.problems().isEmpty() && importReport.rows() > 0;
    }

    public void submit(OutreachView a) {
        try {
            log.submit(a.id(), a.version());
            FacesMessages.info("outreach.submitted");
            totals = null;
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void delete(OutreachView a) {
        try {
            log.delete(a.id(), a.version());
            FacesMessages.info("outreach.deleted");
            totals = null;
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    /** Chooses the activity a photo is added to. */
    public void photoFor(OutreachView a) {
        photoOf = a;
    }

    public void uploadPhoto(FileUploadEvent event) {
        try {
            log.attachPhoto(
                    photoOf.id(),
                    event.getFile().getContentType(),
                    event.getFile().getContent());
            FacesMessages.info("outreach.photoAttached");
            photoOf = null;
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public OutreachView getPhotoOf() {
        return photoOf;
    }

    public void select(OutreachView a) {
        selected = a;
        reason = null;
    }

    public void unapprove() {
        try {
            approvals.unapprove(ApprovalItem.Subject.OUTREACH, selected.id(), selected.version(), reason);
            FacesMessages.info("outreach.unapproved");
            selected = null;
            totals = null;
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public String joined(List<String> names) {
        return String.join("; ", names);
    }

    public String day(LocalDate day) {
        return Pages.day(day);
    }

    public String audiences(OutreachView a) {
        return String.join(
                ", ",
                a.audiences().stream()
                        .sorted()
                        .map(x -> FacesMessages.text("outreach.audience." + x))
                        .toList());
    }

    public OutreachKind[] getKinds() {
        return OutreachKind.values();
    }

    public Audience[] getAudienceChoices() {
        return Audience.values();
    }

    public ApprovalState[] getStates() {
        return ApprovalState.values();
    }

    public PagedModel<OutreachQuery, OutreachView> getRows() {
        return rows;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public OutreachKind getKindFilter() {
        return kindFilter;
    }

    public void setKindFilter(OutreachKind kindFilter) {
        this.kindFilter = kindFilter;
    }

    public ApprovalState getStateFilter() {
        return stateFilter;
    }

    public void setStateFilter(ApprovalState stateFilter) {
        this.stateFilter = stateFilter;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public OutreachKind getKind() {
        return kind;
    }

    public void setKind(OutreachKind kind) {
        this.kind = kind;
    }

    public List<Audience> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<Audience> audiences) {
        this.audiences = audiences == null ? new ArrayList<>() : audiences;
    }

    public List<Choice> getCommunes() {
        return communes;
    }

    public void setCommunes(List<Choice> communes) {
        this.communes = communes == null ? new ArrayList<>() : communes;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public Integer getMaterials() {
        return materials;
    }

    public void setMaterials(Integer materials) {
        this.materials = materials;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public OutreachView getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
