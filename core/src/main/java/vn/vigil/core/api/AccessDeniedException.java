package vn.vigil.core.api;

/** The caller lacks a role the use case requires. */
public class AccessDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.forbidden");
    }
}
