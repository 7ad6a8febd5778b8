package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import vn.vigil.inspection.api.FindingEntry;

/** A finding of the visit: a violation or a remark, maybe about one checklist item, maybe demanding re-inspection. */
@Embeddable
public class Finding implements PartDigest.Part {

    @Column(nullable = false, length = VisitRecord.TEXT_MAX)
    private String text;

    @Column(name = "item_id")
    private Long itemId;

    @Column(nullable = false)
    private boolean violation;

    @Column(name = "reinspect_by")
    private LocalDate reinspectBy;

    protected Finding() {}

    /** Every stored field, in the order of the columns. */
    @Override
    public void digestInto(PartDigest d) {
        d.text(text).id(itemId).flag(violation).day(reinspectBy);
    }

    Finding(String text, Long itemId, boolean violation, LocalDate reinspectBy) {
        this.text = text;
        this.itemId = itemId;
        this.violation = violation;
        this.reinspectBy = reinspectBy;
    }

    public FindingEntry entry() {
        return new FindingEntry(text, itemId, violation, reinspectBy);
    }

    public boolean violation() {
        return violation;
    }

    public String text() {
        return text;
    }

    public LocalDate reinspectBy() {
        return reinspectBy;
    }
}
