package vn.vigil.web.ui.violations;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.LegalCatalogue;
import vn.vigil.inspection.api.LegalProvisionView;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.LegalProvisionsExport;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;

/** The legal catalogue of sanctionable acts, searched and paged; the administrator adds and edits acts. */
@Named
@ViewScoped
public class LegalProvisionsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalProvisionsExport export;

    static final int ROWS = 20;

    /** The catalogue list's filter. */
    public record Filter(String text, boolean activeOnly) implements Serializable {}

    @Inject
    LegalCatalogue catalogue;

    private String text;
    private boolean activeOnly;
    private ProvisionForm form = ProvisionForm.blank();

    private final PagedModel<Filter, LegalProvisionView> provisions = new PagedModel<>(
            () -> new Filter(text, activeOnly),
            (filter, page) -> catalogue.provisions(filter.text(), filter.activeOnly(), page),
            ROWS,
            LegalProvisionView::id);

    public void startAdd() {
        form = ProvisionForm.blank();
    }

    public void startEdit(LegalProvisionView provision) {
        form = ProvisionForm.of(provision);
    }

    public void save() {
        try {
            LegalProvisionView saved = form.isAdding()
                    ? catalogue.addProvision(form.command())
                    : catalogue.updateProvision(form.id(), form.version(), form.command());
            FacesMessages.info(
                    form.isAdding() ? "cases.admin.provisions.added" : "cases.admin.provisions.saved",
                    saved.reference());
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public PagedModel<Filter, LegalProvisionView> getProvisions() {
        return provisions;
    }

    public ProvisionForm getForm() {
        return form;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isActiveOnly() {
        return activeOnly;
    }

    public void setActiveOnly(boolean activeOnly) {
        this.activeOnly = activeOnly;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(text, activeOnly);
    }
}
