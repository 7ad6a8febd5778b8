package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/**
 * A re-inspection a signed-off finding demands by a date. Open until a later visit of the establishment is signed
 * off (closed by that visit) or a team lead closes it with a note.
 */
@Entity
@Table(name = "follow_up", schema = "inspection")
public class FollowUp {

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "establishment_id", nullable = false, updatable = false)
    private long establishmentId;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private long visitId;

    @Column(nullable = false, updatable = false, length = VisitRecord.TEXT_MAX)
    private String finding;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "close_note", length = NOTE_MAX)
    private String closeNote;

    @Column(name = "closing_visit_id")
    private Long closingVisitId;

    @Version
    private long version;

    protected FollowUp() {}

    public FollowUp(long establishmentId, long visitId, String finding, LocalDate dueOn) {
        this.establishmentId = establishmentId;
        this.visitId = visitId;
        this.finding = finding;
        this.dueOn = dueOn;
    }

    /** A lead closes the follow-up without a new visit, saying why. */
    public void closeWithNote(String note, String by, Instant at) {
        requireOpen();
        this.closeNote = Text.required(note, "followUp.note", NOTE_MAX);
        this.closedBy = by;
        this.closedAt = at;
    }

    private void requireOpen() {
        if (closedAt != null) {
            throw new DomainException("followUp.closed");
        }
    }

    public Long id() {
        return id;
    }

    public long establishmentId() {
        return establishmentId;
    }

    public long visitId() {
        return visitId;
    }

    public String finding() {
        return finding;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public String closeNote() {
        return closeNote;
    }

    public Long closingVisitId() {
        return closingVisitId;
    }

    public long version() {
        return version;
    }
}
