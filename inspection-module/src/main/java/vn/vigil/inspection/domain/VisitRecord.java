package vn.vigil.inspection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.ChecklistItemView;
import vn.vigil.inspection.api.TraffickingIndicator;
import vn.vigil.inspection.api.VisitOutcome;

/**
 * The record of one visit (biên bản kiểm tra), begun on site when the visit starts. It keeps, forever, the checklist
 * version in force then; its content is saved as a whole and always consistent (answers fit their items, the outcome
 * fits the findings and indicators). Once signed off it never changes: the database refuses it too.
 */
@Entity
@Table(name = "visit_record", schema = "inspection")
@EntityListeners(AuditFieldsListener.class)
public class VisitRecord implements Audited {

    public static final int TEXT_MAX = 2000;
    public static final int NOTE_MAX = 1000;
    public static final int NAME_MAX = 120;
    public static final int ID_DOCUMENT_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private long visitId;

    @Column(name = "establishment_id", nullable = false, updatable = false)
    private long establishmentId;

    @Column(name = "checklist_version_id", updatable = false)
    private Long checklistVersionId;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private VisitOutcome outcome;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Column(name = "signed_off_by", length = 64)
    private String signedOffBy;

    @ElementCollection
    @CollectionTable(name = "visit_record_answer", schema = "inspection", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<RecordedAnswer> answers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "visit_record_photo", schema = "inspection", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<PhotoReference> photos = new ArrayList<>();

    @ElementCollection
    @CollectionTable(
            name = "visit_record_indicator",
            schema = "inspection",
            joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<IndicatorObservation> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "visit_record_person", schema = "inspection", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<PersonPresent> people = new ArrayList<>();

    @ElementCollection
    @CollectionTable(
            name = "visit_record_finding",
            schema = "inspection",
            joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<Finding> findings = new ArrayList<>();

    /*
     * The digest of each part as last saved (PartDigest), which counts only while digestsAtVersion is the record's
     * version: a save that does not set them (an older server, a bulk load) moves the version on without them.
     */
    @Column(name = "answers_digest")
    private byte[] answersDigest;

    @Column(name = "photos_digest")
    private byte[] photosDigest;

    @Column(name = "indicators_digest")
    private byte[] indicatorsDigest;

    @Column(name = "people_digest")
    private byte[] peopleDigest;

    @Column(name = "findings_digest")
    private byte[] findingsDigest;

    @Column(name = "digests_at_version")
    private Long digestsAtVersion;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected VisitRecord() {}

    /** Begins the record of a visit with the checklist version in force (null: the business line has none). */
    public VisitRecord(long visitId, long establishmentId, Long checklistVersionId) {
        this.visitId = visitId;
        this.establishmentId = establishmentId;
        this.checklistVersionId = checklistVersionId;
        Arrays.stream(TraffickingIndicator.values())
                .forEach(i -> indicators.add(new IndicatorObservation(i, false, null)));
        this.answersDigest = PartDigest.of(answers);
        this.photosDigest = PartDigest.of(photos);
        this.indicatorsDigest = PartDigest.of(indicators);
        this.peopleDigest = PartDigest.of(people);
        this.findingsDigest = PartDigest.of(findings);
        this.digestsAtVersion = version;
    }

    /**
     * Replaces the content with a checked one; refused once signed off. A part the same as the one stored (same
     * digest) is left alone: its rows are neither read nor written.
     */
    public void revise(RecordDraft draft) {
        requireOpen();
        boolean known = digestsAtVersion != null && digestsAtVersion == version;
        answersDigest = replaced(answers, known ? answersDigest : null, draft.answers());
        photosDigest = replaced(photos, known ? photosDigest : null, draft.photos());
        indicatorsDigest = replaced(indicators, known ? indicatorsDigest : null, draft.indicators());
        peopleDigest = replaced(people, known ? peopleDigest : null, draft.people());
        findingsDigest = replaced(findings, known ? findingsDigest : null, draft.findings());
        this.outcome = draft.outcome();
        // the digests hold for the version this save makes (a changed record's version goes up by one); and since
        // this always changes the record, every save makes a new version, even one that changes nothing
        digestsAtVersion = version + 1;
    }

    /** The part's digest after the save: the stored one (same array) if unchanged, else the given part's. */
    private static <T extends PartDigest.Part> byte[] replaced(List<T> part, byte[] stored, List<T> given) {
        byte[] digest = PartDigest.of(given);
        if (Arrays.equals(digest, stored)) {
            return stored;
        }
        part.clear();
        part.addAll(given);
        return digest;
    }

    /**
     * Signs the record off: it needs an outcome and an answer to every required item of its checklist; from now on
     * it is final.
     */
    public void signOff(String signer, Instant at, List<ChecklistItemView> items) {
        requireOpen();
        if (outcome == null) {
            throw new DomainException("record.outcomeMissing");
        }
        List<String> unanswered = items.stream()
                .filter(ChecklistItemView::required)
                .filter(item -> !answered(item.id()))
                .map(ChecklistItemView::code)
                .toList();
        if (!unanswered.isEmpty()) {
            throw new DomainException("record.requiredUnanswered", String.join(", ", unanswered));
        }
        this.signedOffBy = signer;
        this.signedOffAt = at;
    }

    /** Refuses any change of a signed record. */
    public void requireOpen() {
        if (signedOffAt != null) {
            throw new DomainException("record.signedOff");
        }
    }

    public void requireSignedOff() {
        if (signedOffAt == null) {
            throw new DomainException("record.notSignedOff");
        }
    }

    private boolean answered(long itemId) {
        return answers.stream().anyMatch(a -> a.itemId() == itemId)
                || photos.stream().anyMatch(p -> p.itemId() == itemId);
    }

    public boolean hasViolation() {
        return findings.stream().anyMatch(Finding::violation);
    }

    public boolean hasObservedIndicator() {
        return indicators.stream().anyMatch(IndicatorObservation::observed);
    }

    public Long id() {
        return id;
    }

    public long visitId() {
        return visitId;
    }

    public long establishmentId() {
        return establishmentId;
    }

    public Long checklistVersionId() {
        return checklistVersionId;
    }

    public VisitOutcome outcome() {
        return outcome;
    }

    public Instant signedOffAt() {
        return signedOffAt;
    }

    public String signedOffBy() {
        return signedOffBy;
    }

    public List<RecordedAnswer> answers() {
        return List.copyOf(answers);
    }

    public List<PhotoReference> photos() {
        return List.copyOf(photos);
    }

    public List<IndicatorObservation> indicators() {
        return List.copyOf(indicators);
    }

    public List<PersonPresent> people() {
        return List.copyOf(people);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
