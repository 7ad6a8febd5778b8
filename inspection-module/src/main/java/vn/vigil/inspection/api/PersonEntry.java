package vn.vigil.inspection.api;

import java.io.Serializable;

/** A person present at the visit: who, in what role, their ID document if shown, and what they said if heard. */
public record PersonEntry(
        String fullName, PresentRole role, String idDocument, boolean interviewed, String statementSummary)
        implements Serializable {}
