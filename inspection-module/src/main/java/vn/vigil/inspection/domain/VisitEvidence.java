package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.vigil.core.api.DomainException;

/**
 * A piece of evidence of a visit (a photo or a PDF) as it was handed in: stored once, never changed or removed (the
 * database refuses it too). A file added after the visit was signed off belongs to an amendment.
 */
@Entity
@Table(name = "visit_evidence", schema = "inspection")
public class VisitEvidence {

    /** Device clocks drift: a capture time up to this much ahead of the server's clock is still accepted. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private long visitId;

    @Column(name = "file_name", nullable = false, updatable = false, length = EvidenceFile.NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 64)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "captured_at", nullable = false, updatable = false)
    private Instant capturedAt;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
    private String uploadedBy;

    @Column(name = "after_sign_off", nullable = false, updatable = false)
    private boolean afterSignOff;

    protected VisitEvidence() {}

    /**
     * Evidence of a visit uploaded {@code now} by {@code uploadedBy}; {@code capturedAt} null means it was captured
     * when uploaded. A capture time in the future is refused.
     */
    public VisitEvidence(
            long visitId, EvidenceFile file, Instant capturedAt, Instant now, String uploadedBy, boolean afterSignOff) {
        this.capturedAt = capturedAt(capturedAt, now);
        this.visitId = visitId;
        this.fileName = file.fileName();
        this.contentType = file.type().mediaType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.content = file.content();
        this.uploadedAt = now;
        this.uploadedBy = uploadedBy;
        this.afterSignOff = afterSignOff;
    }

    /** The capture time to store: the given one, or the upload time; never later than now. */
    public static Instant capturedAt(Instant given, Instant now) {
        if (given == null) {
            return now;
        }
        if (given.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new DomainException("evidence.capturedInFuture");
        }
        return given;
    }

    public Long id() {
        return id;
    }

    public long visitId() {
        return visitId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant capturedAt() {
        return capturedAt;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public boolean afterSignOff() {
        return afterSignOff;
    }
}
