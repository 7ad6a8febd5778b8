package vn.vigil.victim.application;

import java.util.function.Supplier;
import vn.vigil.core.api.DomainException;

/** Runs a use case; a business refusal is audited (through the log's own transaction), then passed on. */
final class Refusable {

    private Refusable() {}

    static <T> T attempt(RefusalLog log, String action, String entityType, Object entityId, Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainException refusal) {
            log.record(action, entityType, entityId, refusal);
            throw refusal;
        }
    }
}
