package vn.vigil.web.ui.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.FollowUpView;
import vn.vigil.inspection.api.FollowUps;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.FollowUpsExport;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;

/** Open follow-up re-inspections, soonest due first; a team lead closes one with a note. */
@Named
@ViewScoped
public class FollowUpsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpsExport export;

    private static final int ROWS = 20;

    @Inject
    FollowUps followUps;

    private boolean overdueOnly = true;
    private FollowUpView closing;
    private String closeNote;

    private final PagedModel<Boolean, FollowUpView> rows = new PagedModel<>(
            this::isOverdueOnly, (overdue, page) -> followUps.open(overdue, page), ROWS, FollowUpView::id);

    /** Opens the closing dialog for one row. */
    public void startClosing(FollowUpView row) {
        closing = row;
        closeNote = null;
    }

    public void close() {
        try {
            followUps.close(closing.id(), closing.version(), closeNote);
            FacesMessages.info("page.followUps.closed");
            closing = null;
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public boolean overdue(FollowUpView row) {
        return row.dueOn().isBefore(VietnamTime.today());
    }

    public LocalDate getToday() {
        return VietnamTime.today();
    }

    public PagedModel<Boolean, FollowUpView> getRows() {
        return rows;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public FollowUpView getClosing() {
        return closing;
    }

    public String getCloseNote() {
        return closeNote;
    }

    public void setCloseNote(String closeNote) {
        this.closeNote = closeNote;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(isOverdueOnly());
    }
}
