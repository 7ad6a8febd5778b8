package vn.vigil.core.api;

/** Someone else changed the record since the caller read it; nothing was saved. */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String what) {
        super("error.conflict", what);
    }
}
