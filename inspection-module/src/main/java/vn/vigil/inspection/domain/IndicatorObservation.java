package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.vigil.inspection.api.IndicatorEntry;
import vn.vigil.inspection.api.TraffickingIndicator;

/** Whether one trafficking indicator was observed on the visit, and the team's note. */
@Embeddable
public class IndicatorObservation implements PartDigest.Part {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private TraffickingIndicator indicator;

    @Column(nullable = false)
    private boolean observed;

    @Column(length = VisitRecord.NOTE_MAX)
    private String note;

    protected IndicatorObservation() {}

    /** Every stored field, in the order of the columns. */
    @Override
    public void digestInto(PartDigest d) {
        d.name(indicator).flag(observed).text(note);
    }

    IndicatorObservation(TraffickingIndicator indicator, boolean observed, String note) {
        this.indicator = indicator;
        this.observed = observed;
        this.note = note;
    }

    public IndicatorEntry entry() {
        return new IndicatorEntry(indicator, observed, note);
    }

    public boolean observed() {
        return observed;
    }
}
