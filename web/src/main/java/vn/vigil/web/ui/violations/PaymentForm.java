package vn.vigil.web.ui.violations;

import java.io.Serializable;
import java.time.LocalDate;
import vn.vigil.inspection.api.PaymentCommand;

/** The payment dialog: a receipt, its day and its amount (in full or an instalment). */
public class PaymentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String receiptNumber;
    private LocalDate paidOn;
    private Long amount;

    PaymentForm(LocalDate today, long balance) {
        this.paidOn = today;
        this.amount = balance;
    }

    PaymentCommand command() {
        return new PaymentCommand(receiptNumber, paidOn, amount);
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }
}
