package vn.vigil.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.domain.ApiToken;
import vn.vigil.core.domain.ApiTokenRepository;

/**
 * Writes a token's last use and its audit entry, in a transaction of their own: signing in with a token reads
 * without one, and writes only when the last use written is a minute old.
 */
@ApplicationScoped
public class ApiTokenUses {

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AuditLog audit;

    protected ApiTokenUses() {}

    public ApiTokenUses(ApiTokenRepository tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ApiToken token, String owner, Instant now, String from) {
        if (tokens.recordUse(token.id(), now, from)) {
            audit.record(
                    owner, AuditEvent.of("API_TOKEN_LOGIN", "ApiToken", token.id(), token.prefix() + "… from " + from));
        }
    }
}
