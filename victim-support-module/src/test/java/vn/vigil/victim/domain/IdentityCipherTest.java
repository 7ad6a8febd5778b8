package vn.vigil.victim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.victim.api.IdentityEntry;
import vn.vigil.victim.api.Sex;

class IdentityCipherTest {

    static final byte[] KEY_1 = TestKeys.key(1);
    static final byte[] KEY_2 = TestKeys.key(2);
    static final byte[] DIGEST = TestKeys.key(9);

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    static IdentityCipher cipher(int current) {
        return TestKeys.cipher(current);
    }

    @Test
    void aSealedValueOpensToTheSameTextAndDoesNotContainIt() {
        IdentityCipher cipher = cipher(2);
        byte[] sealed = cipher.seal("Nguyễn Thị Hằng", "full_name", 2);

        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("Hằng");
        assertThat(cipher.open(sealed, "full_name", 2)).isEqualTo("Nguyễn Thị Hằng");
    }

    @Test
    void theSameValueSealsDifferentlyEachTime() {
        IdentityCipher cipher = cipher(2);
        assertThat(cipher.seal("0912345678", "phone", 2)).isNotEqualTo(cipher.seal("0912345678", "phone", 2));
    }

    @Test
    void aValueMovedToAnotherColumnOrKeyDoesNotOpen() {
        IdentityCipher cipher = cipher(2);
        byte[] sealed = cipher.seal("036195001234", "id_number", 2);

        assertThatThrownBy(() -> cipher.open(sealed, "phone", 2))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("victims.identityUnreadable");
        assertThatThrownBy(() -> cipher.open(sealed, "id_number", 1))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("victims.identityUnreadable");
        assertThatThrownBy(() -> cipher.open("Lan".getBytes(StandardCharsets.UTF_8), "full_name", 1))
                .as("bytes too short to have been sealed")
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("victims.identityUnreadable");
        assertThatThrownBy(() -> cipher.open(new byte[40], "full_name", 1))
                .as("bytes that were never sealed")
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("victims.identityUnreadable");
    }

    @Test
    void rotationReSealsAPersonWithTheCurrentKeyAndKeepsTheIdentity() {
        IdentityEntry identity = new IdentityEntry("Lò Thị Mai", "011203004567", "Bản Nậm Cang", "0912 345 678");
        Person person = new Person(2003, Sex.FEMALE, "VN", true, identity, cipher(1));
        assertThat(person.keyVersion()).isEqualTo(1);

        person.attachPhoto(PNG, "image/png", cipher(1));

        IdentityCipher rotated = cipher(2);
        assertThat(person.resealWithCurrentKey(rotated)).isTrue();
        assertThat(person.keyVersion()).isEqualTo(2);
        assertThat(person.identity(rotated)).isEqualTo(identity);
        assertThat(person.photo(rotated)).isEqualTo(PNG);
        assertThat(person.resealWithCurrentKey(rotated)).isFalse();
    }

    @Test
    void nameDigestsIgnoreDiacriticsCaseAndSpacing() {
        IdentityCipher cipher = cipher(2);
        assertThat(cipher.nameDigest("  Nguyễn Thị  Hằng "))
                .isEqualTo(cipher.nameDigest("nguyen thi hang"))
                .isEqualTo(cipher.nameDigest("NGUYỄN THỊ HẰNG"))
                .isNotEqualTo(cipher.nameDigest("Nguyễn Thị Hạnh"));
        assertThat(cipher.nameDigest("Đỗ Đức")).isEqualTo(cipher.nameDigest("do duc"));
    }

    @Test
    void idNumberDigestsIgnoreSeparators() {
        IdentityCipher cipher = cipher(2);
        assertThat(cipher.idNumberDigest("036 195-001.234")).isEqualTo(cipher.idNumberDigest("036195001234"));
        assertThat(cipher.idNumberDigest("b1234567")).isEqualTo(cipher.idNumberDigest("B1234567"));
    }

    @Test
    void digestsDependOnTheDigestKey() {
        IdentityCipher other = new IdentityCipher(new IdentityKeys(Map.of(2, KEY_2), 2, TestKeys.key(8)));
        assertThat(other.nameDigest("Lò Thị Mai")).isNotEqualTo(cipher(2).nameDigest("Lò Thị Mai"));
    }

    @Test
    void keysAreReadFromConfigurationText() {
        String text = "1:" + Base64.getEncoder().encodeToString(KEY_1) + ", 2:"
                + Base64.getEncoder().encodeToString(KEY_2);
        IdentityKeys keys = IdentityKeys.parse(text, 2, Base64.getEncoder().encodeToString(DIGEST));
        assertThat(keys.currentVersion()).isEqualTo(2);
        assertThatThrownBy(() -> IdentityKeys.parse(text, 3, Base64.getEncoder().encodeToString(DIGEST)))
                .hasMessageContaining("current-key");
        assertThatThrownBy(() ->
                        IdentityKeys.parse("1:AAAA", 1, Base64.getEncoder().encodeToString(DIGEST)))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void withoutConsentNoIdentityIsKeptAndGivingOneIsRefused() {
        Person anonymous = new Person(2001, Sex.MALE, "VN", false, new IdentityEntry(" ", null, null, null), cipher(2));
        assertThat(anonymous.identityStored()).isFalse();
        assertThat(anonymous.identity(cipher(2))).isNull();

        assertThatThrownBy(() -> new Person(
                        2001, Sex.MALE, "VN", false, new IdentityEntry("Lò Văn Sáng", null, null, null), cipher(2)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("victims.identityWithoutConsent");
    }

    @Test
    void aPhotoMustBeAJpegOrPngOfAPersonWithIdentity() {
        Person anonymous = new Person(2001, Sex.MALE, "VN", false, null, cipher(2));
        assertThatThrownBy(() -> anonymous.attachPhoto(PNG, "image/png", cipher(2)))
                .hasMessageContaining("victims.photoWithoutIdentity");

        Person known =
                new Person(2001, Sex.MALE, "VN", true, new IdentityEntry("Lò Văn Sáng", null, null, null), cipher(2));
        assertThatThrownBy(() -> known.attachPhoto("<svg/>".getBytes(StandardCharsets.UTF_8), "image/png", cipher(2)))
                .hasMessageContaining("victims.photoType");
        assertThatThrownBy(() -> known.attachPhoto(PNG, "image/jpeg", cipher(2)))
                .hasMessageContaining("victims.photoType");
        known.attachPhoto(PNG, "image/png", cipher(2));
        assertThat(known.photo(cipher(2))).isEqualTo(PNG);
    }
}
