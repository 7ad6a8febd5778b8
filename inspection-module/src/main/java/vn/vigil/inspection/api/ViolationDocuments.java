package vn.vigil.inspection.api;

/**
 * What the printed documents of a violation case say: the record of violation (biên bản vi phạm hành chính) and
 * the sanction decision (quyết định xử phạt vi phạm hành chính), as issued. Whoever may read the case may read
 * them; before a document is issued, asking for it is refused with {@link NotYetAvailable}.
 */
public interface ViolationDocuments {

    CaseDocumentView violationRecord(long caseId);

    CaseDocumentView sanctionDecision(long caseId);
}
