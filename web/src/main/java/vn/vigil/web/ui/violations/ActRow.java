package vn.vigil.web.ui.violations;

import java.io.Serializable;
import vn.vigil.inspection.api.LegalProvisionView;
import vn.vigil.inspection.api.ViolatorKind;

/** An act of a case with its catalogue provision, the fine range for the case's violator and the fine decided. */
public record ActRow(LegalProvisionView provision, ViolatorKind kind, Long fine) implements Serializable {

    public long fineMin() {
        return fineMin(provision, kind);
    }

    public long fineMax() {
        return fineMax(provision, kind);
    }

    /** The lowest fine for this violator: the organisation range (usually the individual's doubled) or the person's. */
    static long fineMin(LegalProvisionView provision, ViolatorKind kind) {
        return kind == ViolatorKind.ORGANISATION ? provision.organisationFineMin() : provision.individualFineMin();
    }

    static long fineMax(LegalProvisionView provision, ViolatorKind kind) {
        return kind == ViolatorKind.ORGANISATION ? provision.organisationFineMax() : provision.individualFineMax();
    }
}
