package vn.vigil.core.api.document;

import java.time.LocalDate;

/**
 * What a document number is asked for.
 *
 * @param kind document kind code, e.g. {@code SANCTION_DECISION}; its symbol ("QĐ-XPHC") is configured data
 * @param issuerCode the issuing body, e.g. a department code; each issuer has its own sequences
 * @param issuedOn the document's date; its year chooses the sequence
 * @param referenceType what is numbered, e.g. {@code ViolationCase}
 * @param referenceId the id of what is numbered
 */
public record NumberRequest(
        String kind, String issuerCode, LocalDate issuedOn, String referenceType, String referenceId) {}
