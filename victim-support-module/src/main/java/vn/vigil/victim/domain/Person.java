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
import java.time.Year;
import java.util.Locale;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.victim.api.IdentityEntry;
import vn.vigil.victim.api.Sex;

/**
 * A protected person. Identity (name, ID number, address, phone) is held only as ciphertext sealed with the key
 * version recorded beside it, and only when the person consented to data processing; birth year, sex and
 * nationality identify nobody and are always kept.
 */
@Entity
@Table(name = "person", schema = "victim")
@EntityListeners(AuditFieldsListener.class)
public class Person implements Audited {

    static final String FULL_NAME = "full_name";
    static final String ID_NUMBER = "id_number";
    static final String ADDRESS = "address";
    static final String PHONE = "phone";
    static final String PHOTO = "photo";
    static final int PHOTO_MAX_BYTES = 2 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_version", nullable = false)
    private int keyVersion;

    @Column(name = FULL_NAME)
    private byte[] fullName;

    @Column(name = ID_NUMBER)
    private byte[] idNumber;

    @Column(name = ADDRESS)
    private byte[] address;

    @Column(name = PHONE)
    private byte[] phone;

    @Column(name = PHOTO)
    private byte[] photo;

    @Column(name = "photo_type", length = 16)
    private String photoType;

    @Column(name = "id_number_digest", length = 64)
    private String idNumberDigest;

    @Column(name = "name_digest", length = 64)
    private String nameDigest;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Sex sex;

    @Column(nullable = false, length = 2)
    private String nationality;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected Person() {}

    /** With consent, identity sealed; without it, {@code identity} must be empty and nothing of it is kept. */
    public Person(
            Integer birthYear,
            Sex sex,
            String nationality,
            boolean consentToProcessing,
            IdentityEntry identity,
            IdentityCipher cipher) {
        this.birthYear = PersonFacts.birthYear(birthYear);
        this.sex = PersonFacts.required(sex, "victims.sex");
        this.nationality = PersonFacts.nationality(nationality);
        this.keyVersion = cipher.currentVersion();
        IdentityEntry cleaned = PersonFacts.identity(identity);
        if (cleaned == null) {
            if (consentToProcessing) {
                throw new DomainException("validation.required", "victims.fullName");
            }
            return;
        }
        if (!consentToProcessing) {
            throw new DomainException("victims.identityWithoutConsent");
        }
        seal(cleaned, cipher);
        this.idNumberDigest = cipher.idNumberDigest(cleaned.idNumber());
        this.nameDigest = cipher.nameDigest(cleaned.fullName());
    }

    /** Adds or replaces the person's photo (JPEG or PNG, at most 2 MB); only where identity may be kept. */
    public void attachPhoto(byte[] content, String contentType, IdentityCipher cipher) {
        if (fullName == null) {
            throw new DomainException("victims.photoWithoutIdentity");
        }
        if (content == null || content.length == 0) {
            throw new DomainException("validation.required", "victims.photo");
        }
        if (content.length > PHOTO_MAX_BYTES) {
            throw new DomainException("victims.photoTooLarge", PHOTO_MAX_BYTES / (1024 * 1024));
        }
        String type = PhotoType.of(content);
        if (type == null || !type.equals(contentType)) {
            throw new DomainException("victims.photoType");
        }
        this.photo = cipher.sealBytes(content, PHOTO, keyVersion);
        this.photoType = type;
    }

    /** The photo in clear, or null. Callers audit the read. */
    public byte[] photo(IdentityCipher cipher) {
        return cipher.openBytes(photo, PHOTO, keyVersion);
    }

    public String photoType() {
        return photoType;
    }

    private void seal(IdentityEntry identity, IdentityCipher cipher) {
        int current = cipher.currentVersion();
        if (photo != null) {
            this.photo = cipher.sealBytes(cipher.openBytes(photo, PHOTO, keyVersion), PHOTO, current);
        }
        this.fullName = cipher.seal(identity.fullName(), FULL_NAME, current);
        this.idNumber = cipher.seal(identity.idNumber(), ID_NUMBER, current);
        this.address = cipher.seal(identity.address(), ADDRESS, current);
        this.phone = cipher.seal(identity.phone(), PHONE, current);
        this.keyVersion = current;
    }

    /** The identity in clear, or null when none was stored. Callers audit the read. */
    public IdentityEntry identity(IdentityCipher cipher) {
        if (fullName == null) {
            return null;
        }
        return new IdentityEntry(
                cipher.open(fullName, FULL_NAME, keyVersion),
                cipher.open(idNumber, ID_NUMBER, keyVersion),
                cipher.open(address, ADDRESS, keyVersion),
                cipher.open(phone, PHONE, keyVersion));
    }

    /** Re-encrypts with the current key if an older one sealed this person; true when it did. */
    public boolean resealWithCurrentKey(IdentityCipher cipher) {
        if (keyVersion == cipher.currentVersion()) {
            return false;
        }
        IdentityEntry identity = identity(cipher);
        if (identity == null) {
            keyVersion = cipher.currentVersion();
        } else {
            seal(identity, cipher);
        }
        return true;
    }

    public boolean identityStored() {
        return fullName != null;
    }

    public Long id() {
        return id;
    }

    public int keyVersion() {
        return keyVersion;
    }

    public Integer birthYear() {
        return birthYear;
    }

    public Sex sex() {
        return sex;
    }

    public String nationality() {
        return nationality;
    }

    public String idNumberDigest() {
        return idNumberDigest;
    }

    public String nameDigest() {
        return nameDigest;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }

    /** The rules for the facts a person is received with. */
    static final class PersonFacts {

        static final int NAME_MAX = 200;
        static final int ID_NUMBER_MAX = 30;
        static final int ADDRESS_MAX = 300;
        static final int PHONE_MAX = 20;

        private PersonFacts() {}

        static <T> T required(T value, String field) {
            if (value == null) {
                throw new DomainException("validation.required", field);
            }
            return value;
        }

        static Integer birthYear(Integer year) {
            if (year != null && (year < 1900 || year > Year.now().getValue())) {
                throw new DomainException("victims.birthYearInvalid", year);
            }
            return year;
        }

        static String nationality(String code) {
            String cleaned = Text.required(code, "victims.nationality", 2).toUpperCase(Locale.ROOT);
            if (!cleaned.matches("[A-Z]{2}")) {
                throw new DomainException("victims.nationalityInvalid", code);
            }
            return cleaned;
        }

        /** Null when nothing at all was given. */
        static IdentityEntry identity(IdentityEntry entry) {
            if (entry == null) {
                return null;
            }
            String name = Text.maxLength(Text.clean(entry.fullName()), "victims.fullName", NAME_MAX);
            String idNumber = Text.maxLength(Text.clean(entry.idNumber()), "victims.idNumber", ID_NUMBER_MAX);
            String address = Text.maxLength(Text.clean(entry.address()), "victims.address", ADDRESS_MAX);
            String phone = Text.maxLength(Text.clean(entry.phone()), "victims.phone", PHONE_MAX);
            if (name == null && idNumber == null && address == null && phone == null) {
                return null;
            }
            if (name == null) {
                throw new DomainException("validation.required", "victims.fullName");
            }
            if (phone != null && !phone.matches("\\+?[0-9 .-]{6,20}")) {
                throw new DomainException("victims.phoneInvalid");
            }
            return new IdentityEntry(name, idNumber, address, phone);
        }
    }
}
