package vn.vigil.web.ui.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.BusinessLineCatalogue;
import vn.vigil.inspection.api.BusinessLineCommand;
import vn.vigil.inspection.api.BusinessLineEntry;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.BusinessLinesExport;
import vn.vigil.web.ui.FacesMessages;

/** Administrators maintain the business lines: a list, and one dialog to add or change a line. */
@Named
@ViewScoped
public class BusinessLinesBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessLinesExport export;

    @Inject
    BusinessLineCatalogue catalogue;

    private List<BusinessLineEntry> lines;
    private Long editedId;
    private long editedVersion;
    private String code;
    private String nameVi;
    private String nameEn;
    private Integer riskWeight;
    private boolean conditional;
    private boolean active = true;

    @PostConstruct
    void load() {
        lines = catalogue.list();
    }

    public void startAdding() {
        editedId = null;
        fill(new BusinessLineCommand(null, null, null, null, false, true));
    }

    public void startEditing(BusinessLineEntry line) {
        editedId = line.id();
        editedVersion = line.version();
        fill(line.toCommand());
    }

    public void save() {
        BusinessLineCommand command = new BusinessLineCommand(code, nameVi, nameEn, riskWeight, conditional, active);
        try {
            BusinessLineEntry saved =
                    editedId == null ? catalogue.create(command) : catalogue.update(editedId, editedVersion, command);
            FacesMessages.info("businessLines.saved", saved.code());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            lines = catalogue.list();
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    private void fill(BusinessLineCommand c) {
        code = c.code();
        nameVi = c.nameVi();
        nameEn = c.nameEn();
        riskWeight = c.riskWeight();
        conditional = c.conditional();
        active = c.active();
    }

    public List<BusinessLineEntry> getLines() {
        return lines;
    }

    public boolean isAdding() {
        return editedId == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getRiskWeight() {
        return riskWeight;
    }

    public void setRiskWeight(Integer riskWeight) {
        this.riskWeight = riskWeight;
    }

    public boolean isConditional() {
        return conditional;
    }

    public void setConditional(boolean conditional) {
        this.conditional = conditional;
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
