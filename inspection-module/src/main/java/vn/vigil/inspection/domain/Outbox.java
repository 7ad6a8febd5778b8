package vn.vigil.inspection.domain;

/**
 * Events for other modules, written in the transaction that causes them: they are published once, after it commits,
 * and never if it rolls back.
 */
public interface Outbox {

    /** {@code event} is one of the module's api events carrying a visit and an establishment id. */
    void append(Object event);
}
