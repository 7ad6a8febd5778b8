package vn.vigil.core.api;

/** Whether the start-up migrations have finished; readiness reports DOWN until they have. */
public interface MigrationState {

    boolean completed();

    /** The failure that stopped migrations, or null. */
    String failure();
}
