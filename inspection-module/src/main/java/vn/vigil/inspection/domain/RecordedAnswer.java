package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The recorded value of one yes/no, number or text checklist item (photos are {@link PhotoReference}s). */
@Embeddable
public class RecordedAnswer implements PartDigest.Part {

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "yes_no")
    private Boolean yesNo;

    @Column(name = "number_value", precision = 14, scale = 3)
    private BigDecimal number;

    @Column(name = "text_value", length = VisitRecord.TEXT_MAX)
    private String text;

    protected RecordedAnswer() {}

    /** Every stored field, in the order of the columns. */
    @Override
    public void digestInto(PartDigest d) {
        d.id(itemId).flag(yesNo).number(number).text(text);
    }

    RecordedAnswer(long itemId, Boolean yesNo, BigDecimal number, String text) {
        this.itemId = itemId;
        this.yesNo = yesNo;
        this.number = number;
        this.text = text;
    }

    public long itemId() {
        return itemId;
    }

    public Boolean yesNo() {
        return yesNo;
    }

    public BigDecimal number() {
        return number;
    }

    public String text() {
        return text;
    }
}
