package vn.vigil.web.ui;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import java.util.Iterator;
import java.util.Optional;
import vn.vigil.core.api.DomainException;
import vn.vigil.web.Failures;
import vn.vigil.web.StoppedStatement;

/**
 * The last line behind the backing beans: a business refusal or a concurrent edit that reaches Faces (for example
 * an optimistic-lock failure raised at commit, after the bean's own checks) becomes a message on the same page in
 * the person's language, instead of the error page. Nothing was saved in either case: the transaction rolled back.
 * So does a statement the database stopped at its time or lock ceiling, while the page can still show a message
 * (not once it is being written: the lists catch their own, see {@link PagedModel}).
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
        Optional<StoppedStatement> stopped = StoppedStatement.in(failure);
        if (stopped.isPresent()) {
            if (FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
                return false;
            }
            FacesMessages.stopped(stopped.get());
            return true;
        }
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
