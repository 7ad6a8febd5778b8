package vn.vigil.web.ui;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.Serializable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.EstablishmentImport;
import vn.vigil.inspection.api.ImportFile;

/**
 * One import running on the container's managed executor (which carries the signed-in user's security context),
 * with the rows written so far for a progress bar. Only the file's bytes and a counter cross threads.
 */
final class ImportJob implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rowCount;
    private final AtomicInteger saved = new AtomicInteger();
    private transient Future<Integer> outcome;

    private ImportJob(int rowCount) {
        this.rowCount = rowCount;
    }

    static ImportJob start(
            ManagedExecutorService executor, EstablishmentImport imports, ImportFile file, int rowCount) {
        ImportJob job = new ImportJob(rowCount);
        job.outcome = executor.submit(() -> imports.importAll(file, job.saved::set));
        return job;
    }

    /** 0 to 100; 100 only once the job has ended, so the bar's completion means the outcome is known. */
    int percent() {
        if (outcome == null || outcome.isDone()) {
            return 100;
        }
        return Math.min(99, (int) (saved.get() * 100L / Math.max(1, rowCount)));
    }

    /** The number imported; throws the refusal that stopped the job (nothing was saved then). */
    int imported() throws InterruptedException {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DomainException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            throw new IllegalStateException(e);
        }
    }
}
