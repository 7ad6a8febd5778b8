package vn.vigil.core.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether a refusal has already been written to the audit log during the current web request, so the request's
 * own 403 is not audited a second time.
 */
@RequestScoped
public class RefusalMark {

    private boolean set;

    void set() {
        set = true;
    }

    boolean isSet() {
        return set;
    }
}
