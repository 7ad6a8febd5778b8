package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A photo item answered by a piece of the visit's evidence. */
@Embeddable
public class PhotoReference implements PartDigest.Part {

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "evidence_id", nullable = false)
    private long evidenceId;

    protected PhotoReference() {}

    /** Every stored field, in the order of the columns. */
    @Override
    public void digestInto(PartDigest d) {
        d.id(itemId).id(evidenceId);
    }

    PhotoReference(long itemId, long evidenceId) {
        this.itemId = itemId;
        this.evidenceId = evidenceId;
    }

    public long itemId() {
        return itemId;
    }

    public long evidenceId() {
        return evidenceId;
    }
}
