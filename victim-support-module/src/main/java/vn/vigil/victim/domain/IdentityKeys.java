package vn.vigil.victim.domain;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The keys that protect identity: AES-256 keys by version (old versions kept so older rows stay readable until
 * they are rotated), the version new rows are sealed with, and the HMAC key of the look-up digests.
 */
public final class IdentityKeys {

    static final int KEY_BYTES = 32;

    private final Map<Integer, byte[]> encryptionKeys;
    private final int currentVersion;
    private final byte[] digestKey;

    public IdentityKeys(Map<Integer, byte[]> encryptionKeys, int currentVersion, byte[] digestKey) {
        encryptionKeys.forEach((version, key) -> requireKey(key, "vigil.identity.keys version " + version));
        if (!encryptionKeys.containsKey(currentVersion)) {
            throw new IllegalArgumentException("vigil.identity.current-key " + currentVersion + " is not configured");
        }
        this.encryptionKeys = Map.copyOf(encryptionKeys);
        this.currentVersion = currentVersion;
        this.digestKey = requireKey(digestKey, "vigil.identity.digest-key").clone();
    }

    /** Reads "1:&lt;base64&gt;,2:&lt;base64&gt;" (each a 32-byte key) and a base64 digest key. */
    public static IdentityKeys parse(String keys, int currentVersion, String digestKey) {
        Map<Integer, byte[]> byVersion = new HashMap<>();
        for (String entry : keys.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException(
                        "vigil.identity.keys: expected version:base64, got a malformed entry");
            }
            byVersion.put(Integer.valueOf(parts[0].strip()), Base64.getDecoder().decode(parts[1].strip()));
        }
        return new IdentityKeys(byVersion, currentVersion, Base64.getDecoder().decode(digestKey.strip()));
    }

    private static byte[] requireKey(byte[] key, String name) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + " must be " + KEY_BYTES + " bytes (base64)");
        }
        return key;
    }

    public int currentVersion() {
        return currentVersion;
    }

    byte[] encryptionKey(int version) {
        byte[] key = encryptionKeys.get(version);
        if (key == null) {
            throw new IllegalStateException("identity key version " + version + " is no longer configured");
        }
        return key;
    }

    byte[] digestKey() {
        return digestKey;
    }
}
