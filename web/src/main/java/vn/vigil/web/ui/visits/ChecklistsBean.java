package vn.vigil.web.ui.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.inspection.api.AnswerType;
import vn.vigil.inspection.api.ChecklistCatalogue;
import vn.vigil.inspection.api.ChecklistItemCommand;
import vn.vigil.inspection.api.ChecklistItemView;
import vn.vigil.inspection.api.ChecklistTemplateView;
import vn.vigil.inspection.api.ChecklistVersionSummary;
import vn.vigil.inspection.api.ChecklistVersionView;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.ChecklistsExport;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.NotFoundPage;

/**
 * Administrators keep the checklists: the list of business lines with their checklist, and one template with its
 * version history, the version shown, and the draft editor (items added, changed, moved, removed; published or
 * discarded). Every draft change passes the draft version this page loaded.
 */
@Named
@ViewScoped
public class ChecklistsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    ChecklistsExport export;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

    @Inject
    ChecklistCatalogue catalogue;

    private Long templateId;
    private List<ChecklistTemplateView> templates;
    private ChecklistTemplateView template;
    private List<ChecklistVersionSummary> history;
    private ChecklistVersionView shown;
    private ChecklistVersionView draft;

    private Long editedItemId;
    private String code;
    private String question;
    private AnswerType answerType = AnswerType.YES_NO;
    private boolean required = true;

    /** View action: the list, or the template the address names. */
    public void load() {
        if (templateId == null) {
            templates = catalogue.templates();
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            NotFoundPage.show();
        }
    }

    public String createTemplate(ChecklistTemplateView line) {
        try {
            ChecklistTemplateView created = catalogue.createTemplate(line.businessLineId());
            FacesMessages.info("checklists.templateCreated", created.businessLineCode());
            return "/admin/checklists?faces-redirect=true&template=" + created.templateId();
        } catch (DomainException e) {
            FacesMessages.refused(e);
            templates = catalogue.templates();
            return null;
        }
    }

    public void startDraft() {
        change(() -> catalogue.startDraft(templateId), "checklists.draftStarted");
    }

    public void startAdding() {
        editedItemId = null;
        code = null;
        question = null;
        answerType = AnswerType.YES_NO;
        required = true;
    }

    public void startEditing(ChecklistItemView item) {
        editedItemId = item.id();
        code = item.code();
        question = item.question();
        answerType = item.answerType();
        required = item.required();
    }

    public void saveItem() {
        ChecklistItemCommand item = new ChecklistItemCommand(code, question, answerType, required);
        long version = draft.version();
        boolean saved = change(
                () -> editedItemId == null
                        ? catalogue.addItem(draft.id(), version, item)
                        : catalogue.editItem(draft.id(), version, editedItemId, item),
                "checklists.itemSaved");
        PrimeFaces.current().ajax().addCallbackParam("saved", saved);
    }

    public void moveUp(ChecklistItemView item) {
        change(() -> catalogue.moveItem(draft.id(), draft.version(), item.id(), item.position() - 1), null);
    }

    public void moveDown(ChecklistItemView item) {
        change(() -> catalogue.moveItem(draft.id(), draft.version(), item.id(), item.position() + 1), null);
    }

    public void removeItem(ChecklistItemView item) {
        change(() -> catalogue.removeItem(draft.id(), draft.version(), item.id()), "checklists.itemRemoved");
    }

    public void publish() {
        change(() -> catalogue.publish(draft.id(), draft.version()), "checklists.publishedDone");
    }

    public void discard() {
        change(
                () -> {
                    catalogue.discardDraft(draft.id(), draft.version());
                    return draft;
                },
                "checklists.discarded");
    }

    public void show(ChecklistVersionSummary version) {
        shown = catalogue.version(version.id());
    }

    /** Runs one change and shows the template as it now is; a refusal is explained, a conflict reloads it. */
    private boolean change(Supplier<ChecklistVersionView> action, String doneKey) {
        try {
            ChecklistVersionView result = action.get();
            if (doneKey != null) {
                FacesMessages.info(doneKey, result.number());
            }
            refresh();
            return true;
        } catch (ConflictException e) {
            FacesMessages.refused(e);
            refresh();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
        return false;
    }

    private void refresh() {
        template = catalogue.template(templateId);
        history = catalogue.history(templateId);
        draft = template.draftId() == null ? null : catalogue.version(template.draftId());
        shown = template.inForceId() == null ? null : catalogue.version(template.inForceId());
    }

    /** A moment as the day it fell on in Vietnam, dd/MM/yyyy. */
    public String day(Instant moment) {
        return moment == null ? "" : DAY.format(moment);
    }

    /** A moment in Vietnam time, dd/MM/yyyy HH:mm. */
    public String moment(Instant moment) {
        return moment == null ? "" : MINUTE.format(moment);
    }

    public AnswerType[] getAnswerTypes() {
        return AnswerType.values();
    }

    public boolean isLast(ChecklistItemView item) {
        return draft != null && item.position() == draft.items().size();
    }

    public Long getTemplate() {
        return templateId;
    }

    public void setTemplate(Long template) {
        this.templateId = template;
    }

    public List<ChecklistTemplateView> getTemplates() {
        return templates;
    }

    public ChecklistTemplateView getCurrent() {
        return template;
    }

    public List<ChecklistVersionSummary> getHistory() {
        return history;
    }

    public ChecklistVersionView getShown() {
        return shown;
    }

    public ChecklistVersionView getDraft() {
        return draft;
    }

    public boolean isAdding() {
        return editedItemId == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public AnswerType getAnswerType() {
        return answerType;
    }

    public void setAnswerType(AnswerType answerType) {
        this.answerType = answerType;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.all();
    }
}
