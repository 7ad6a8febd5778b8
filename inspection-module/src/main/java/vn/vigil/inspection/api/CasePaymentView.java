package vn.vigil.inspection.api;

import java.time.LocalDate;

public record CasePaymentView(String receiptNumber, LocalDate paidOn, long amount, long surcharge, String recordedBy) {}
