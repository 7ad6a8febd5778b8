package vn.vigil.inspection.infrastructure;

/** Fired inside a transaction that wrote outbox rows, so the dispatcher runs once it has committed. */
record OutboxWritten() {}
