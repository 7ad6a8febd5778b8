package vn.vigil.core.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.annotations.OptimisticLock;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;

/** A staff member who signs in to Vigil, with the roles they hold. */
@Entity
@Table(name = "user_account", schema = "core")
@EntityListeners(AuditFieldsListener.class)
public class UserAccount implements Audited {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,64}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "full_name_folded", nullable = false, length = 120)
    private String fullNameFolded;

    @Column(length = 254)
    private String email;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    // Sign-in bookkeeping is not an edit of the account: it must not make an administrator's open form stale.
    @OptimisticLock(excluded = true)
    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @OptimisticLock(excluded = true)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "preferred_locale", nullable = false, length = 8)
    private String preferredLocale = "vi";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", schema = "core", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 24)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected UserAccount() {}

    public UserAccount(String username, String fullName, String passwordHash) {
        this.username = normaliseUsername(username);
        rename(fullName);
        this.passwordHash = passwordHash;
    }

    public static String normaliseUsername(String username) {
        String cleaned = Text.required(username, "username", 64).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(cleaned).matches()) {
            throw new DomainException("user.usernameInvalid");
        }
        return cleaned;
    }

    public void rename(String fullName) {
        this.fullName = Text.required(fullName, "fullName", 120);
        this.fullNameFolded = Text.fold(this.fullName);
    }

    public void changeContact(String email, Long departmentId, String preferredLocale) {
        String cleaned = Text.maxLength(Text.clean(email), "email", 254);
        if (cleaned != null && !EMAIL.matcher(cleaned).matches()) {
            throw new DomainException("user.emailInvalid");
        }
        this.email = cleaned;
        this.departmentId = departmentId;
        changeLocale(preferredLocale == null ? "vi" : preferredLocale);
    }

    public void changeLocale(String locale) {
        if (!"vi".equals(locale) && !"en".equals(locale)) {
            throw new DomainException("user.localeInvalid");
        }
        this.preferredLocale = locale;
    }

    public void grantExactly(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new DomainException("user.roleRequired");
        }
        roles.clear();
        roles.addAll(EnumSet.copyOf(newRoles));
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
        if (enabled) {
            this.failedLoginCount = 0;
        }
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.failedLoginCount = 0;
    }

    /**
     * A wrong password, counted for the administrator to see. It never locks the account: anyone could lock a
     * colleague out by naming them. Sign-in throttling in front of the password check slows guessing instead.
     */
    public void recordFailedLogin() {
        failedLoginCount++;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLoginCount = 0;
        lastLoginAt = now;
    }

    /** Wrong passwords since the last successful sign-in. */
    public int failedLoginCount() {
        return failedLoginCount;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public Long departmentId() {
        return departmentId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public String preferredLocale() {
        return preferredLocale;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
