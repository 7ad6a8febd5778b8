package vn.vigil.web;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** What long work handed to the background executor came to: its result, or the failure that stopped it, as it was. */
public final class BackgroundOutcome {

    private BackgroundOutcome() {}

    /**
     * Waits for the work and returns its result; rethrows its unchecked failure unchanged (a refusal, a statement the
     * database stopped), so it is explained as if the work had run on the caller's thread.
     */
    public static <T> T of(Future<T> work) {
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            throw new IllegalStateException("Background work was cancelled", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for background work", e);
        }
    }
}
