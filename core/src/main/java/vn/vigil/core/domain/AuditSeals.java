package vn.vigil.core.domain;

import vn.vigil.core.api.audit.AuditChainStatus;

/** The seals of the audit chain: sealing what is waiting, and walking the chain to verify it. */
public interface AuditSeals {

    /** Seals every entry waiting; returns how many. */
    long sealAll();

    AuditChainStatus verify();
}
