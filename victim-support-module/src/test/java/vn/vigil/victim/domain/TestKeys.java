package vn.vigil.victim.domain;

import java.util.Map;

/** Fixed test keys: versions 1 and 2, and a digest key; the cipher seals with the version asked for. */
public final class TestKeys {

    private TestKeys() {}

    public static IdentityCipher cipher(int currentVersion) {
        return new IdentityCipher(new IdentityKeys(Map.of(1, key(1), 2, key(2)), currentVersion, key(9)));
    }

    static byte[] key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }
}
