package vn.vigil.core.domain;

import java.util.List;
import java.util.Optional;

public interface DocumentNumberRepository {

    /**
     * Takes the next number of the sequence, creating the sequence at 1. The counter row stays locked until the
     * caller's transaction ends, so concurrent issuers wait for each other and a rollback gives the number back.
     */
    int nextInSequence(DocumentSequence sequence);

    /** The issuer's own symbol for the kind, else the kind's common symbol. */
    Optional<String> symbolFor(String kind, String issuerCode);

    DocumentNumber add(DocumentNumber number);

    List<DocumentNumber> byReference(String referenceType, String referenceId);
}
