package vn.vigil.inspection.api;

import vn.vigil.core.api.NotFoundException;

/**
 * What was asked for has not come into being yet: a visit without a violation case, a case whose record of
 * violation or sanction decision has not been issued. Shown as "not found" with its own message.
 */
public class NotYetAvailable extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public NotYetAvailable(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
