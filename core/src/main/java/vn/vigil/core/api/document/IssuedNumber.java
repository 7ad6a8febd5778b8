package vn.vigil.core.api.document;

import java.time.Instant;

/**
 * A number that was issued.
 *
 * @param number as printed after "Số:", e.g. {@code 07/BB-VPHC}
 * @param year the year of its sequence, printed in the date line of the document
 */
public record IssuedNumber(
        long id,
        String kind,
        String issuerCode,
        int year,
        int sequence,
        String symbol,
        String number,
        Instant issuedAt,
        String issuedBy,
        String referenceType,
        String referenceId) {}
