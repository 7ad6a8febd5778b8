package vn.vigil.web.ui.funds;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.DomainException;
import vn.vigil.victim.api.Budgets;
import vn.vigil.victim.api.FundingSourceCommand;
import vn.vigil.victim.api.FundingSourceKind;
import vn.vigil.victim.api.FundingSourceView;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.FundingSourcesExport;
import vn.vigil.web.ui.FacesMessages;

/** Funding sources: the state budget, national target programmes, donors; add, rename, retire. */
@Named
@ViewScoped
public class FundingSourcesBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    FundingSourcesExport export;

    @Inject
    Budgets budgets;

    private List<FundingSourceView> sources;
    private Long editedId;
    private long editedVersion;
    private FundingSourceKind kind;
    private String name;
    private boolean active = true;

    @PostConstruct
    void load() {
        sources = budgets.fundingSources();
    }

    public void startAdding() {
        editedId = null;
        kind = null;
        name = null;
        active = true;
    }

    public void startEditing(FundingSourceView source) {
        editedId = source.id();
        editedVersion = source.version();
        kind = source.kind();
        name = source.name();
        active = source.active();
    }

    public void save() {
        FundingSourceCommand command = new FundingSourceCommand(kind, name, active);
        try {
            FundingSourceView saved = editedId == null
                    ? budgets.createFundingSource(command)
                    : budgets.reviseFundingSource(editedId, editedVersion, command);
            FacesMessages.info("funds.source.saved", saved.name());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            sources = budgets.fundingSources();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    public FundingSourceKind[] getKinds() {
        return FundingSourceKind.values();
    }

    public List<FundingSourceView> getSources() {
        return sources;
    }

    public FundingSourceKind getKind() {
        return kind;
    }

    public void setKind(FundingSourceKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.all();
    }
}
