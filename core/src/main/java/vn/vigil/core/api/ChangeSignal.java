package vn.vigil.core.api;

/**
 * A change the database announced to every server, for what servers keep in memory: {@code topic} names the kind of
 * thing (such as {@code account}), {@code key} which one (such as a user name). Fired as a CDI event on each server
 * once the transaction that made the change has committed, whichever server made it (or none).
 */
public record ChangeSignal(String topic, String key) {

    /** A user account's password, state or roles changed, or it was removed: the key is its user name. */
    public static final String ACCOUNT = "account";
}
