package vn.vigil.inspection.domain;

import vn.vigil.core.api.DomainException;

/**
 * A numbered document of a case as it was issued: its number and symbol ("07/BB-VPHC"), the issuing body and the
 * officer who drew it up or signed it.
 */
public record IssuedDocument(String number, String issuer, String officer) {

    public IssuedDocument {
        if (number == null || issuer == null || officer == null) {
            throw new DomainException("validation.required", "violationCase.documentNumber");
        }
    }
}
