package vn.vigil.victim.api;

import java.time.LocalDate;

public record DisbursementCommand(DisbursementMethod method, String receiptNumber, LocalDate disbursedOn) {}
