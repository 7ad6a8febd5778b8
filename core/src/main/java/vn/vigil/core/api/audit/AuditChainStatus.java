package vn.vigil.core.api.audit;

import java.io.Serializable;

/**
 * The verification of the audit chain: how many links were checked and how long it took, the first broken link (its
 * place in the chain and the entry it seals; null when the chain is whole) and why, and how many entries are older than
 * the sealing window yet unsealed (entries slipped in behind the application's back).
 */
public record AuditChainStatus(
        long linksChecked, Long firstBrokenSeq, Long firstBrokenEntryId, String reason, long unsealedOld, long millis)
        implements Serializable {

    public boolean whole() {
        return firstBrokenSeq == null && unsealedOld == 0;
    }
}
