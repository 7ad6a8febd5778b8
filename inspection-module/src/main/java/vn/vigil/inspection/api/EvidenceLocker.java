package vn.vigil.inspection.api;

import java.util.List;

/**
 * Evidence of visits (photos, PDF documents): stored at once in its own transaction, so a form that fails to save
 * never loses a file already handed in; checked for type and size, fingerprinted with SHA-256, never altered.
 */
public interface EvidenceLocker {

    /**
     * Stores a file for a visit being recorded, or for a signed-off visit's amendment. Refused with a clear reason
     * when the visit is scheduled or cancelled, the file is empty, too large, or not what it claims to be.
     */
    EvidenceView attach(long visitId, EvidenceUpload upload);

    /** The evidence of a visit, oldest first. */
    List<EvidenceView> of(long visitId);

    /** The bytes of a piece of evidence; every read is written to the audit log. */
    EvidenceContent content(long evidenceId);

    /** The largest file accepted, in bytes: an upload announcing more than this may be refused before it is read. */
    long largestAccepted();
}
