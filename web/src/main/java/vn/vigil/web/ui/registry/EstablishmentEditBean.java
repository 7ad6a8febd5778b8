package vn.vigil.web.ui.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.inspection.api.BusinessLineCatalogue;
import vn.vigil.inspection.api.BusinessLineEntry;
import vn.vigil.inspection.api.EstablishmentRegistry;
import vn.vigil.inspection.api.EstablishmentView;
import vn.vigil.inspection.api.PossibleDuplicate;
import vn.vigil.web.ui.Choice;
import vn.vigil.web.ui.CommuneChoices;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.NotFoundPage;

/**
 * Registers an establishment or corrects one ({@code id} given). Before saving, establishments with the same name
 * and address are shown and the registrar confirms that this is another one.
 */
@Named
@ViewScoped
public class EstablishmentEditBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    EstablishmentRegistry registry;

    @Inject
    AdminUnitService units;

    @Inject
    BusinessLineCatalogue catalogue;

    @Inject
    CommuneChoices communeChoices;

    private Long id;
    private long version;
    private String loadedName;
    private EstablishmentForm form = new EstablishmentForm();
    private Choice commune;
    private List<BusinessLineEntry> businessLines;
    private List<PossibleDuplicate> duplicates = List.of();

    /** View action: loads the pick lists, and the establishment when correcting one. */
    public void load() {
        if (id == null) {
            businessLines = activeLinesAnd(null);
            return;
        }
        try {
            EstablishmentView view = registry.find(id);
            form = EstablishmentForm.of(view.toCommand());
            version = view.version();
            loadedName = view.name();
            businessLines = activeLinesAnd(view.businessLineId());
        } catch (NotFoundException e) {
            NotFoundPage.show();
        }
    }

    /** Saves, unless establishments with the same name and address exist: then they are shown for confirmation. */
    public String save() {
        try {
            duplicates = registry.findPossibleDuplicates(form.toCommand(), id);
            if (!duplicates.isEmpty()) {
                return null;
            }
            return store(false);
        } catch (DomainException e) {
            FacesMessages.refused(e);
            return null;
        }
    }

    /** The registrar checked the look-alikes and confirms this is another establishment. */
    public String saveAnyway() {
        try {
            return store(true);
        } catch (DomainException e) {
            FacesMessages.refused(e);
            return null;
        }
    }

    public void keepEditing() {
        duplicates = List.of();
    }

    private String store(boolean duplicateConfirmed) {
        EstablishmentView saved = id == null
                ? registry.registerEstablishment(form.toCommand(), duplicateConfirmed)
                : registry.correctEstablishment(id, version, form.toCommand(), duplicateConfirmed);
        FacesMessages.info(id == null ? "registry.registered" : "registry.corrected", saved.name());
        return "/inspection/establishment?faces-redirect=true&id=" + saved.id();
    }

    /** The lines in use, and the establishment's own line even if it is no longer in use. */
    private List<BusinessLineEntry> activeLinesAnd(Long currentLineId) {
        return catalogue.list().stream()
                .filter(l -> l.active() || Long.valueOf(l.id()).equals(currentLineId))
                .toList();
    }

    public boolean isConfirmingDuplicate() {
        return !duplicates.isEmpty();
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLoadedName() {
        return loadedName;
    }

    public EstablishmentForm getForm() {
        return form;
    }

    /** The commune as its picker shows it, read again only when another was chosen. */
    public Choice getCommune() {
        commune = communeChoices.shown(commune, form.getCommuneId());
        return commune;
    }

    public void setCommune(Choice chosen) {
        commune = chosen;
        form.setCommuneId(chosen == null ? null : chosen.id());
    }

    public List<BusinessLineEntry> getBusinessLines() {
        return businessLines;
    }

    public List<PossibleDuplicate> getDuplicates() {
        return duplicates;
    }
}
