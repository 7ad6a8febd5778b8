package vn.vigil.victim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.victim.api.ReferralCommand;

/** A referral of a case to another body, made with the person's consent to it; never changed afterwards. */
@Entity
@Table(name = "case_referral", schema = "victim")
public class CaseReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "referred_to", nullable = false, length = 300, updatable = false)
    private String referredTo;

    @Column(name = "referred_on", nullable = false, updatable = false)
    private LocalDate referredOn;

    @Column(name = "consent_given", nullable = false, updatable = false)
    private boolean consentGiven;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    protected CaseReferral() {}

    public CaseReferral(VictimCase victimCase, ReferralCommand command, String actor, LocalDate today) {
        victimCase.requireOpen();
        if (!command.consentGiven()) {
            throw new DomainException("victims.referralWithoutConsent");
        }
        this.referredTo = Text.required(command.referredTo(), "victims.referredTo", 300);
        if (command.referredOn() == null) {
            throw new DomainException("validation.required", "victims.referredOn");
        }
        if (command.referredOn().isBefore(victimCase.receivedOn())
                || command.referredOn().isAfter(today)) {
            throw new DomainException("victims.referralDateInvalid");
        }
        this.caseId = victimCase.id();
        this.referredOn = command.referredOn();
        this.note = Text.maxLength(Text.clean(command.note()), "victims.note", 500);
        this.consentGiven = true;
        this.createdAt = Instant.now();
        this.createdBy = actor;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public String referredTo() {
        return referredTo;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public String note() {
        return note;
    }

    public String createdBy() {
        return createdBy;
    }
}
