package vn.vigil.core.api;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, String.valueOf(id));
    }
}
