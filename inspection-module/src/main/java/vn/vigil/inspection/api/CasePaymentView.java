package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;

public record CasePaymentView(String receiptNumber, LocalDate paidOn, long amount, long surcharge, String recordedBy)
        implements Serializable {}
