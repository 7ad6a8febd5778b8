package vn.vigil.core.api;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, String.valueOf(id));
    }

    /** For a module's own "not there yet" message, e.g. a document not yet drawn up. */
    protected NotFoundException(String messageKey, Object[] arguments) {
        super(messageKey, arguments);
    }
}
