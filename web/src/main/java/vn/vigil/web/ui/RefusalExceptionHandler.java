package vn.vigil.web.ui;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.util.Iterator;
import vn.vigil.core.api.DomainException;
import vn.vigil.web.Failures;

/**
 * The last line behind the backing beans: a business refusal or a concurrent edit that reaches Faces (for example
 * an optimistic-lock failure raised at commit, after the bean's own checks) becomes a message on the same page in
 * the person's language, instead of the error page. Nothing was saved in either case: the transaction rolled back.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            if (explain(failure)) {
                events.remove();
                FacesContext.getCurrentInstance().renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static boolean explain(Throwable failure) {
        if (Failures.isUniqueViolation(failure)) {
            FacesMessages.error("error.duplicateValue");
            return true;
        }
        if (Failures.isDoubleBooking(failure)) {
            FacesMessages.error("visit.doubleBooked");
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException refusal) {
                FacesMessages.refused(refusal);
                return true;
            }
            if (t instanceof OptimisticLockException) {
                FacesMessages.error("error.concurrentEdit");
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
