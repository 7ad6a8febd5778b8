package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A directive with its tasks. {@code sent}: its tasks are in the units' inboxes and can no longer be changed. */
public record DirectiveView(
        long id,
        DirectiveKind kind,
        String symbol,
        LocalDate issuedOn,
        String signer,
        String issuingBody,
        String subject,
        LocalDate inForceFrom,
        LocalDate inForceUntil,
        String pdfName,
        boolean sent,
        List<TaskView> tasks,
        long version)
        implements Serializable {}
