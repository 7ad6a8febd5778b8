package vn.vigil.victim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.victim.api.CaseStatus;
import vn.vigil.victim.api.ClosureCommand;
import vn.vigil.victim.api.PersonRole;
import vn.vigil.victim.api.PersonStatus;
import vn.vigil.victim.api.VerificationCommand;

/**
 * The support case of one received person: reception, the initial verification due within
 * {@value #VERIFICATION_DAYS} days of it, the case worker in charge, consent to data processing and closure. Its
 * code ("NN-2026-0001") is all other modules and reports ever see of the person.
 */
@Entity
@Table(name = "victim_case", schema = "victim")
@EntityListeners(AuditFieldsListener.class)
public class VictimCase implements Audited {

    public static final int VERIFICATION_DAYS = 3;
    static final int PLACE_MAX = 300;
    static final int BODY_MAX = 200;
    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String code;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_status", nullable = false, length = 24)
    private PersonStatus personStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_role", nullable = false, length = 24)
    private PersonRole personRole;

    @Column(name = "accompanies_case_id")
    private Long accompaniesCaseId;

    @Column(name = "verified_abroad", nullable = false)
    private boolean verifiedAbroad;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "received_place", nullable = false, length = PLACE_MAX)
    private String receivedPlace;

    @Column(name = "received_unit_id")
    private Long receivedUnitId;

    @Column(name = "received_by", nullable = false, length = BODY_MAX)
    private String receivedBy;

    @Column(name = "verification_due", nullable = false)
    private LocalDate verificationDue;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Column(name = "verified_by", length = BODY_MAX)
    private String verifiedBy;

    @Column(name = "case_worker", nullable = false, length = 64)
    private String caseWorker;

    @Column(name = "consent_to_processing", nullable = false)
    private boolean consentToProcessing;

    @Column(name = "consent_recorded_on")
    private LocalDate consentRecordedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CaseStatus status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closure_reason", length = REASON_MAX)
    private String closureReason;

    @Column(name = "source_visit_id")
    private Long sourceVisitId;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected VictimCase() {}

    public VictimCase(String code, long personId, Reception reception, String caseWorker, LocalDate today) {
        if (reception.receivedOn().isAfter(today)) {
            throw new DomainException("victims.receivedInFuture");
        }
        this.code = code;
        this.personId = personId;
        this.personStatus = PersonStatus.UNDER_VERIFICATION;
        this.personRole = reception.role();
        this.accompaniesCaseId = reception.accompaniesCaseId();
        this.verifiedAbroad = reception.verifiedAbroad();
        this.receivedOn = reception.receivedOn();
        this.receivedPlace = reception.place();
        this.receivedUnitId = reception.unitId();
        this.receivedBy = reception.receivedBy();
        this.verificationDue = receivedOn.plusDays(VERIFICATION_DAYS);
        this.caseWorker = caseWorker;
        this.consentToProcessing = reception.consentToProcessing();
        this.consentRecordedOn = consentToProcessing ? receivedOn : null;
        this.sourceVisitId = reception.sourceVisitId();
        this.status = CaseStatus.OPEN;
    }

    /**
     * Checked reception facts. A minor accompanying a victim names that victim's case; a relative may name it.
     */
    public record Reception(
            LocalDate receivedOn,
            String place,
            Long unitId,
            String receivedBy,
            PersonRole role,
            Long accompaniesCaseId,
            boolean verifiedAbroad,
            boolean consentToProcessing,
            Long sourceVisitId) {

        public Reception {
            if (receivedOn == null) {
                throw new DomainException("validation.required", "victims.receivedOn");
            }
            place = Text.required(place, "victims.receivedPlace", PLACE_MAX);
            receivedBy = Text.required(receivedBy, "victims.receivedBy", BODY_MAX);
            if (role == null) {
                throw new DomainException("validation.required", "victims.personRole");
            }
            if (role == PersonRole.ACCOMPANYING_MINOR && accompaniesCaseId == null) {
                throw new DomainException("victims.minorNeedsCase");
            }
            if (role == PersonRole.VICTIM && accompaniesCaseId != null) {
                throw new DomainException("victims.victimAccompaniesNoOne");
            }
        }
    }

    /** A case code as typed ("nn-2026-0001 ") in its stored form, or null when blank. */
    public static String normalCode(String typed) {
        String cleaned = Text.clean(typed);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    public void recordVerification(VerificationCommand command) {
        requireOpen();
        if (command.outcome() == null || command.outcome() == PersonStatus.UNDER_VERIFICATION) {
            throw new DomainException("victims.verificationOutcomeRequired");
        }
        if (command.verifiedOn() == null) {
            throw new DomainException("validation.required", "victims.verifiedOn");
        }
        if (command.verifiedOn().isBefore(receivedOn)) {
            throw new DomainException("victims.verifiedBeforeReception");
        }
        this.verifiedBy = Text.required(command.verifiedBy(), "victims.verifiedBy", BODY_MAX);
        this.personStatus = command.outcome();
        this.verifiedOn = command.verifiedOn();
    }

    public void close(ClosureCommand command) {
        requireOpen();
        if (command.closedOn() == null) {
            throw new DomainException("validation.required", "victims.closedOn");
        }
        if (command.closedOn().isBefore(receivedOn)) {
            throw new DomainException("victims.closedBeforeReception");
        }
        this.closureReason = Text.required(command.reason(), "victims.closureReason", REASON_MAX);
        this.closedOn = command.closedOn();
        this.status = CaseStatus.CLOSED;
    }

    public void reassignTo(String newCaseWorker) {
        requireOpen();
        this.caseWorker = Text.required(newCaseWorker, "victims.caseWorker", 64);
    }

    public void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw new DomainException("victims.caseClosed", code);
        }
    }

    public boolean verificationOverdue(LocalDate today) {
        return personStatus == PersonStatus.UNDER_VERIFICATION
                && status == CaseStatus.OPEN
                && today.isAfter(verificationDue);
    }

    /** Days until the verification is due (negative when overdue), or null once verified or closed. */
    public Long verificationDaysLeft(LocalDate today) {
        if (personStatus != PersonStatus.UNDER_VERIFICATION || status != CaseStatus.OPEN) {
            return null;
        }
        return ChronoUnit.DAYS.between(today, verificationDue);
    }

    public boolean workedBy(String username) {
        return caseWorker.equals(username);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public long personId() {
        return personId;
    }

    public PersonStatus personStatus() {
        return personStatus;
    }

    public PersonRole personRole() {
        return personRole;
    }

    public Long accompaniesCaseId() {
        return accompaniesCaseId;
    }

    public boolean verifiedAbroad() {
        return verifiedAbroad;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String receivedPlace() {
        return receivedPlace;
    }

    public Long receivedUnitId() {
        return receivedUnitId;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public LocalDate verificationDue() {
        return verificationDue;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public String caseWorker() {
        return caseWorker;
    }

    public boolean consentToProcessing() {
        return consentToProcessing;
    }

    public CaseStatus status() {
        return status;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closureReason() {
        return closureReason;
    }

    public Long sourceVisitId() {
        return sourceVisitId;
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
