package vn.vigil.core.domain;

import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/** Which sequence a number comes from: each issuer numbers each kind of document from 1 every year. */
public record DocumentSequence(String issuerCode, String kind, int year) {

    public DocumentSequence {
        issuerCode = Text.required(issuerCode, "issuerCode", 32);
        kind = Text.required(kind, "kind", 40);
        if (year < 2000 || year > 2999) {
            throw new DomainException("documents.yearOutOfRange", year);
        }
    }
}
