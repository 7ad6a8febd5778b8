package vn.vigil.victim.api;

import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.audit.AuditEntryView;

/** Administration of identity protection: supervisors' grants, key rotation, the log of identity reads. */
public interface IdentityProtection {

    IdentityGrantView grant(IdentityGrantCommand command);

    IdentityGrantView revoke(long grantId);

    Page<IdentityGrantView> grants(PageRequest page);

    /** Re-encrypts one batch of persons still sealed with an older key version. */
    KeyRotation rotateKeys();

    /** How many persons still use an older key version. */
    KeyRotation keyStatus();

    Page<AuditEntryView> identityReads(IdentityReadQuery query, PageRequest page);
}
