package vn.vigil.web.ui.directives;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.reporting.api.directive.AssignmentView;
import vn.vigil.reporting.api.directive.Occurrence;
import vn.vigil.reporting.api.directive.ReportCommand;
import vn.vigil.reporting.api.directive.ReportView;
import vn.vigil.reporting.api.directive.TaskInbox;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.NotFoundPage;

/**
 * One task of the focal point's unit: acknowledge it, answer a due date with a report (its figures prefilled from
 * Vigil's data where it has them), attach files, send it up, and mark the task done.
 */
@Named
@ViewScoped
public class TaskBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskInbox inbox;

    private Long id;
    private AssignmentView view;
    private ReportView report;
    private LocalDate dueOn;
    private String text;
    /**
     * The figures typed, by indicator code (a blank one is not sent). The page binds through a map, so a value may
     * arrive as text or as a number of any type.
     */
    private Map<String, Object> figures = new LinkedHashMap<>();

    public void load() {
        try {
            view = inbox.assignment(id);
        } catch (NotFoundException e) {
            NotFoundPage.answer(404);
        } catch (AccessDeniedException e) {
            NotFoundPage.answer(403);
        }
    }

    public void acknowledge() {
        act(() -> view = inbox.acknowledge(id), "task.acknowledgedNotice");
    }

    public void markDone() {
        act(() -> view = inbox.markDone(id), "task.doneNotice");
    }

    /** Opens the report of a due date: the one written, or a new one with the figures Vigil has filled in. */
    public void open(Occurrence o) {
        dueOn = o.dueOn();
        figures = new LinkedHashMap<>();
        view.task().indicators().forEach(code -> figures.put(code, null));
        try {
            if (o.reportId() != null) {
                report = inbox.report(o.reportId());
                text = report.text();
                figures.putAll(report.figures());
            } else {
                report = null;
                text = null;
                figures.putAll(inbox.prefill(id, dueOn));
            }
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void save() {
        act(
                () -> {
                    Map<String, Long> typed = new LinkedHashMap<>();
                    figures.forEach((k, v) -> {
                        Long value = number(k, v);
                        if (value != null) {
                            typed.put(k, value);
                        }
                    });
                    report = inbox.saveReport(id, new ReportCommand(dueOn, text, typed));
                    view = inbox.assignment(id);
                },
                "task.reportSaved");
    }

    private static Long number(String code, Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        String text = value == null ? "" : value.toString().strip().replace(".", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new DomainException("reports.figure.notANumber", code);
        }
    }

    public void submit() {
        act(
                () -> {
                    report = inbox.submit(report.id(), report.version());
                    view = inbox.assignment(id);
                },
                "task.reportSubmitted");
    }

    public void upload(FileUploadEvent event) {
        act(
                () -> report = inbox.attach(
                        report.id(),
                        event.getFile().getFileName(),
                        event.getFile().getContentType(),
                        event.getFile().getContent()),
                "task.attached");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(done);
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public boolean isEditable() {
        return dueOn != null && (report == null || report.state().editable());
    }

    public String day(LocalDate day) {
        return Pages.day(day);
    }

    public String moment(Instant moment) {
        return Pages.moment(moment);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssignmentView getView() {
        return view;
    }

    public ReportView getReport() {
        return report;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Map<String, Object> getFigures() {
        return figures;
    }
}
