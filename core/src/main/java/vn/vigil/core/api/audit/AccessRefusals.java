package vn.vigil.core.api.audit;

/**
 * Every refused access goes to the audit log, in a transaction of its own so the entry stays although the refused
 * work rolls back: a service a role may not call, a page or an endpoint the caller was denied. A web request is
 * audited once, however many layers refuse it.
 */
public interface AccessRefusals {

    /** The audit action of a refused access. */
    String ACTION = "ACCESS_REFUSED";

    /** A guarded service refused the current caller. */
    void serviceRefused(String service, String operation);

    /** The web tier refused {@code who} (null when nobody is signed in) a page or an endpoint. */
    void requestRefused(String who, String method, String path);

    /** The audit action of a sign-in lock begun by repeated wrong passwords. */
    String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

    /**
     * Repeated wrong passwords locked sign-in for a while: for {@code username} from addresses it has not signed in
     * from ({@code onName}), and/or for everything from {@code address}.
     */
    void signInLocked(String username, String address, boolean onName, long seconds);

    /** Whether a refusal was already audited during the current web request (false outside any request). */
    boolean auditedInThisRequest();
}
