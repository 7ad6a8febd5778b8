package vn.vigil.victim.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/**
 * Seals one identity field with AES-256-GCM (a fresh 12-byte nonce per value, stored before the ciphertext; the
 * column name is authenticated too, so a value moved to another column fails to open), and computes the keyed
 * digests that find a person again without decrypting anyone: HMAC-SHA256 of the normalised ID number, and of the
 * name folded to lower case without diacritics.
 */
public final class IdentityCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final IdentityKeys keys;
    private final SecureRandom random = new SecureRandom();

    public IdentityCipher(IdentityKeys keys) {
        this.keys = keys;
    }

    public int currentVersion() {
        return keys.currentVersion();
    }

    public byte[] seal(String plain, String column, int version) {
        return plain == null ? null : sealBytes(plain.getBytes(StandardCharsets.UTF_8), column, version);
    }

    public String open(byte[] sealed, String column, int version) {
        return sealed == null ? null : new String(openBytes(sealed, column, version), StandardCharsets.UTF_8);
    }

    public byte[] sealBytes(byte[] plain, String column, int version) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, version, nonce, column).doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal an identity field", e);
        }
    }

    public byte[] openBytes(byte[] sealed, String column, int version) {
        if (sealed == null) {
            return null;
        }
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            // too short to have been sealed at all
            throw new DomainException("victims.identityUnreadable", version);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(sealed, 0, nonce, 0, NONCE_BYTES);
        try {
            return cipher(Cipher.DECRYPT_MODE, version, nonce, column)
                    .doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException | java.security.ProviderException e) {
            // a tampered row, or keys that are not the ones that sealed it: told, never a bare server error
            throw new DomainException("victims.identityUnreadable", version);
        }
    }

    private Cipher cipher(int mode, int version, byte[] nonce, String column) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(keys.encryptionKey(version), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** "0123 4567-89" and "012345678 9" give the same digest: only letters and digits count, upper case. */
    public String idNumberDigest(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        return digest("id:" + idNumber.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT));
    }

    /** "Nguyễn Thị  Hoa" and "nguyen thi hoa" give the same digest. */
    public String nameDigest(String fullName) {
        if (fullName == null) {
            return null;
        }
        return digest("name:" + Text.fold(fullName));
    }

    private String digest(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.digestKey(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute an identity digest", e);
        }
    }
}
