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

    /** Whether a refusal was already audited during the current web request (false outside any request). */
    boolean auditedInThisRequest();
}
