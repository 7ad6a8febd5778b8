package vn.vigil.web.ui.registry;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.Serializable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.vigil.core.api.BackgroundWork;
import vn.vigil.inspection.api.EstablishmentImport;
import vn.vigil.inspection.api.ImportFile;
import vn.vigil.web.BackgroundOutcome;

/**
 * One import running on the bounded background executor (which carries the signed-in user's security context), in
 * a transaction with long statements allowed, with the rows written so far for a progress bar. Only the file's bytes
 * and a counter cross threads.
 */
final class ImportJob implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rowCount;
    private final AtomicInteger saved = new AtomicInteger();
    private transient Future<Integer> outcome;

    private ImportJob(int rowCount) {
        this.rowCount = rowCount;
    }

    /** @throws java.util.concurrent.RejectedExecutionException when the background executor's queue is full */
    static ImportJob start(
            ManagedExecutorService executor,
            BackgroundWork backgroundWork,
            EstablishmentImport imports,
            ImportFile file,
            int rowCount) {
        ImportJob job = new ImportJob(rowCount);
        job.outcome =
                executor.submit(() -> backgroundWork.withLongStatements(() -> imports.importAll(file, job.saved::set)));
        return job;
    }

    /** 0 to 100; 100 only once the job has ended, so the bar's completion means the outcome is known. */
    int percent() {
        if (outcome == null || outcome.isDone()) {
            return 100;
        }
        return Math.min(99, (int) (saved.get() * 100L / Math.max(1, rowCount)));
    }

    /** The number imported; throws the failure that stopped the job (nothing was saved then). */
    int imported() {
        return BackgroundOutcome.of(outcome);
    }
}
