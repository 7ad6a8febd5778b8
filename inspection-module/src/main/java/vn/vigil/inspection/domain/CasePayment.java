package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A payment of the fine (in full or one instalment) with its receipt and the late surcharge paid with it. */
@Embeddable
public class CasePayment {

    @Column(name = "receipt_number", nullable = false, length = 60)
    private String receiptNumber;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false)
    private long surcharge;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected CasePayment() {}

    CasePayment(String receiptNumber, LocalDate paidOn, long amount, long surcharge, String recordedBy) {
        this.receiptNumber = receiptNumber;
        this.paidOn = paidOn;
        this.amount = amount;
        this.surcharge = surcharge;
        this.recordedBy = recordedBy;
    }

    public String receiptNumber() {
        return receiptNumber;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public long amount() {
        return amount;
    }

    public long surcharge() {
        return surcharge;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
