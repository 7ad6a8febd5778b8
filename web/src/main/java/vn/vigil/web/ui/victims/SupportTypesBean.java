package vn.vigil.web.ui.victims;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.vigil.victim.api.SupportCatalogue;
import vn.vigil.victim.api.SupportTypeView;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.SupportTypesExport;

/** The support types of Art. 37 (Law 53/2024/QH15), for case workers and finance officers. */
@Named
@ViewScoped
public class SupportTypesBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    /** The person statuses the law grants support to; their eligibility notes are bundle texts. */
    private static final List<String> PERSON_STATUSES = List.of(
            "vietnameseVictim",
            "accompanyingMinor",
            "underVerificationAbroad",
            "underVerificationInVietnam",
            "foreignVictim");

    @Inject
    SupportCatalogue catalogue;

    @Inject
    SupportTypesExport export;

    private List<SupportTypeView> supportTypes;

    @PostConstruct
    void load() {
        supportTypes = catalogue.supportTypes();
    }

    public List<SupportTypeView> getSupportTypes() {
        return supportTypes;
    }

    public List<String> getPersonStatuses() {
        return PERSON_STATUSES;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.all();
    }
}
