package vn.vigil.victim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.victim.domain.IdentityCipher;
import vn.vigil.victim.domain.IdentityKeys;

/**
 * The identity keys from MicroProfile Config: {@code vigil.identity.keys} ("1:&lt;base64&gt;,2:&lt;base64&gt;", 32-byte
 * AES keys by version), {@code vigil.identity.current-key} (the version new and rotated rows use) and
 * {@code vigil.identity.digest-key} (32-byte HMAC key of the look-up digests). The server configuration carries
 * development keys for the demo run and tests only; every real deployment must override all three (a changed
 * digest key makes earlier digests unmatchable, so it is set once and never rotated).
 */
@ApplicationScoped
public class IdentityKeysConfiguration {

    @Inject
    @ConfigProperty(name = "vigil.identity.keys")
    String keys;

    @Inject
    @ConfigProperty(name = "vigil.identity.current-key")
    int currentKey;

    @Inject
    @ConfigProperty(name = "vigil.identity.digest-key")
    String digestKey;

    private IdentityCipher cipher;

    /** One cipher for the application (dependent scope: the cipher is final, so not proxied). */
    @Produces
    synchronized IdentityCipher identityCipher() {
        if (cipher == null) {
            cipher = new IdentityCipher(IdentityKeys.parse(keys, currentKey, digestKey));
        }
        return cipher;
    }
}
