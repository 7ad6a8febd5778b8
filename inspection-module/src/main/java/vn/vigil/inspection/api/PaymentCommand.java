package vn.vigil.inspection.api;

import java.time.LocalDate;

/** A payment of the fine (in full or an instalment) with the receipt the collecting body issued. */
public record PaymentCommand(String receiptNumber, LocalDate paidOn, Long amount) {}
