package vn.vigil.web.ui.violations;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.vigil.inspection.api.LegalProvisionView;
import vn.vigil.inspection.api.RecordViolationCommand;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolatorKind;

/** The record-of-violation dialog: the violator, the acts chosen from the legal catalogue and the days. */
public class RecordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ViolatorKind kind;
    private String name;
    private List<LegalProvisionView> provisions = new ArrayList<>();
    private LocalDate recordedOn;
    private LocalDate actEndedOn;
    private boolean listedField;

    static RecordForm of(ViolationCaseView c, LocalDate today) {
        RecordForm form = new RecordForm();
        form.kind = c.violatorKind() == null ? ViolatorKind.ORGANISATION : c.violatorKind();
        form.name = c.violatorName();
        form.recordedOn = today;
        return form;
    }

    RecordViolationCommand command() {
        return new RecordViolationCommand(
                kind,
                name,
                provisions.stream().map(LegalProvisionView::id).toList(),
                recordedOn,
                actEndedOn,
                listedField);
    }

    /** The chosen acts with the fine range for the chosen kind of violator. */
    public List<ActRow> getActs() {
        return provisions.stream().map(p -> new ActRow(p, kind, null)).toList();
    }

    public ViolatorKind getKind() {
        return kind;
    }

    public void setKind(ViolatorKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<LegalProvisionView> getProvisions() {
        return provisions;
    }

    public void setProvisions(List<LegalProvisionView> provisions) {
        this.provisions = provisions == null ? new ArrayList<>() : new ArrayList<>(provisions);
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public void setRecordedOn(LocalDate recordedOn) {
        this.recordedOn = recordedOn;
    }

    public LocalDate getActEndedOn() {
        return actEndedOn;
    }

    public void setActEndedOn(LocalDate actEndedOn) {
        this.actEndedOn = actEndedOn;
    }

    public boolean isListedField() {
        return listedField;
    }

    public void setListedField(boolean listedField) {
        this.listedField = listedField;
    }
}
