package vn.vigil.victim.domain;

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

/** An administrator's permission for a supervisor to see identities: of one case or all, until a day. */
@Entity
@Table(name = "identity_grant", schema = "victim")
public class IdentityGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String grantee;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "granted_by", nullable = false, length = 64, updatable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Version
    private long version;

    protected IdentityGrant() {}

    public IdentityGrant(
            String grantee, Long caseId, String reason, LocalDate expiresOn, String admin, LocalDate today) {
        this.grantee = Text.required(grantee, "victims.grantee", 64);
        this.reason = Text.required(reason, "victims.reason", 500);
        if (expiresOn == null) {
            throw new DomainException("validation.required", "victims.expiresOn");
        }
        if (expiresOn.isBefore(today)) {
            throw new DomainException("victims.grantExpiryPast");
        }
        this.caseId = caseId;
        this.expiresOn = expiresOn;
        this.grantedBy = admin;
        this.grantedAt = Instant.now();
    }

    public void revoke(String admin) {
        if (revokedAt != null) {
            throw new DomainException("victims.grantRevoked");
        }
        this.revokedAt = Instant.now();
        this.revokedBy = admin;
    }

    public Long id() {
        return id;
    }

    public String grantee() {
        return grantee;
    }

    public Long caseId() {
        return caseId;
    }

    public String reason() {
        return reason;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
