package vn.vigil.core.api.audit;

import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/** Append-only log of who did what. Entries join the caller's transaction: no action without its entry. */
public interface AuditLog {

    void record(AuditEvent event);

    /** Records as the given actor (sign-in attempts, before anyone is signed in). */
    void record(String actor, AuditEvent event);

    Page<AuditEntryView> search(AuditQuery query, PageRequest page);

    /** Seals what is not sealed yet, then walks the whole chain (administrators). */
    AuditChainStatus verifyChain();
}
