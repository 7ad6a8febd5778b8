package vn.vigil.web.ui.directives;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Text;
import vn.vigil.reporting.api.directive.DirectiveCommand;
import vn.vigil.reporting.api.directive.DirectiveKind;
import vn.vigil.reporting.api.directive.DirectiveView;
import vn.vigil.reporting.api.directive.Directives;
import vn.vigil.reporting.api.directive.TaskCommand;
import vn.vigil.reporting.api.directive.TaskRecurrence;
import vn.vigil.reporting.api.directive.TaskView;
import vn.vigil.reporting.api.directive.UnitRef;
import vn.vigil.reporting.api.directive.UnitStatus;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.NotFoundPage;

/**
 * One directive: its heading (typed from the signed document, changeable until sent), the signed PDF, its tasks, the
 * send button, and once sent each unit's standing (on time, late, missing, approved). Without an id it records a new
 * one.
 */
@Named
@ViewScoped
public class DirectiveBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @Inject
    Directives directives;

    private Long id;
    private DirectiveView view;
    private List<UnitStatus> status = List.of();
    /** The units tasks can go to, by id: a province has a few dozen departments and communes. */
    private Map<Long, UnitRef> units;

    // the heading's fields
    private DirectiveKind kind = DirectiveKind.OFFICIAL_LETTER;
    private String symbol;
    private LocalDate issuedOn;
    private String signer;
    private String issuingBody;
    private String subject;
    private LocalDate inForceFrom;
    private LocalDate inForceUntil;

    // the task being added
    private String taskText;
    private Long leadUnitId;
    private List<Long> coordinatingUnitIds = new ArrayList<>();
    private TaskRecurrence recurrence = TaskRecurrence.ONCE;
    private LocalDate dueOn;
    private Integer reportDay = 20;
    private List<String> indicators = new ArrayList<>();

    public void load() {
        if (id == null) {
            issuingBody = "Ban Chỉ đạo phòng, chống tội phạm tỉnh";
            return;
        }
        try {
            show(directives.get(id));
        } catch (NotFoundException e) {
            NotFoundPage.answer(404);
        } catch (AccessDeniedException e) {
            NotFoundPage.answer(403);
        }
    }

    private void show(DirectiveView d) {
        view = d;
        id = d.id();
        kind = d.kind();
        symbol = d.symbol();
        issuedOn = d.issuedOn();
        signer = d.signer();
        issuingBody = d.issuingBody();
        subject = d.subject();
        inForceFrom = d.inForceFrom();
        inForceUntil = d.inForceUntil();
        status = d.sent() ? directives.unitStatus(d.id()) : List.of();
    }

    public String saveHeading() {
        DirectiveCommand command =
                new DirectiveCommand(kind, symbol, issuedOn, signer, issuingBody, subject, inForceFrom, inForceUntil);
        try {
            if (view == null) {
                DirectiveView created = directives.create(command);
                FacesMessages.info("directive.created", created.symbol());
                return "/directives/directive?faces-redirect=true&id=" + created.id();
            }
            show(directives.change(view.id(), view.version(), command));
            FacesMessages.info("directive.saved", view.symbol());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
        return null;
    }

    public void upload(FileUploadEvent event) {
        try {
            show(directives.attachPdf(
                    view.id(), event.getFile().getFileName(), event.getFile().getContent()));
            FacesMessages.info("directive.pdfAttached", view.pdfName());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void addTask() {
        try {
            show(directives.addTask(
                    view.id(),
                    new TaskCommand(
                            taskText,
                            leadUnitId,
                            coordinatingUnitIds,
                            recurrence,
                            recurrence == TaskRecurrence.ONCE ? dueOn : null,
                            recurrence == TaskRecurrence.ONCE ? null : reportDay,
                            indicators)));
            FacesMessages.info("directive.taskAdded");
            taskText = null;
            leadUnitId = null;
            coordinatingUnitIds = new ArrayList<>();
            dueOn = null;
            indicators = new ArrayList<>();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void removeTask(TaskView task) {
        try {
            show(directives.removeTask(view.id(), task.id()));
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void send() {
        try {
            show(directives.send(view.id(), view.version()));
            FacesMessages.info("directive.sentNotice", view.symbol());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    /** Units whose name or code holds the text, without regard to marks (the lead, the coordinating units). */
    public List<Long> completeUnit(String text) {
        String folded = Text.fold(text == null ? "" : text);
        return units().values().stream()
                .filter(u -> Text.fold(u.name()).contains(folded)
                        || u.code().toLowerCase(Locale.ROOT).contains(folded))
                .limit(SUGGESTIONS)
                .map(UnitRef::id)
                .toList();
    }

    public String unitName(Long unitId) {
        UnitRef u = unitId == null ? null : units().get(unitId);
        return u == null ? "" : u.name();
    }

    private Map<Long, UnitRef> units() {
        if (units == null) {
            units = directives.units().stream()
                    .collect(Collectors.toMap(
                            UnitRef::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        }
        return units;
    }

    public String units(List<UnitRef> list) {
        return list.stream().map(UnitRef::name).collect(Collectors.joining(", "));
    }

    public String codes(List<String> codes) {
        return String.join(", ", codes);
    }

    public String when(TaskView t) {
        return t.recurrence() == TaskRecurrence.ONCE
                ? FacesMessages.text("directive.dueBy", Pages.day(t.dueOn()))
                : FacesMessages.text("directive.recurrence." + t.recurrence(), t.reportDay());
    }

    public String day(LocalDate day) {
        return Pages.day(day);
    }

    public boolean isEditable() {
        return view == null || !view.sent();
    }

    public boolean isOnce() {
        return recurrence == TaskRecurrence.ONCE;
    }

    public DirectiveKind[] getKinds() {
        return DirectiveKind.values();
    }

    public TaskRecurrence[] getRecurrences() {
        return TaskRecurrence.values();
    }

    public List<String> getIndicatorCodes() {
        return directives.indicatorCodes();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DirectiveView getView() {
        return view;
    }

    public List<UnitStatus> getStatus() {
        return status;
    }

    public DirectiveKind getKind() {
        return kind;
    }

    public void setKind(DirectiveKind kind) {
        this.kind = kind;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public void setInForceFrom(LocalDate inForceFrom) {
        this.inForceFrom = inForceFrom;
    }

    public LocalDate getInForceUntil() {
        return inForceUntil;
    }

    public void setInForceUntil(LocalDate inForceUntil) {
        this.inForceUntil = inForceUntil;
    }

    public String getTaskText() {
        return taskText;
    }

    public void setTaskText(String taskText) {
        this.taskText = taskText;
    }

    public Long getLeadUnitId() {
        return leadUnitId;
    }

    public void setLeadUnitId(Long leadUnitId) {
        this.leadUnitId = leadUnitId;
    }

    public List<Long> getCoordinatingUnitIds() {
        return coordinatingUnitIds;
    }

    public void setCoordinatingUnitIds(List<Long> coordinatingUnitIds) {
        this.coordinatingUnitIds = coordinatingUnitIds == null ? new ArrayList<>() : coordinatingUnitIds;
    }

    public TaskRecurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(TaskRecurrence recurrence) {
        this.recurrence = recurrence;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Integer getReportDay() {
        return reportDay;
    }

    public void setReportDay(Integer reportDay) {
        this.reportDay = reportDay;
    }

    public List<String> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<String> indicators) {
        this.indicators = indicators == null ? new ArrayList<>() : indicators;
    }
}
