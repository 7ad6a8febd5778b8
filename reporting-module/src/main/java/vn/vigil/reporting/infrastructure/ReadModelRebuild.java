package vn.vigil.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.vigil.core.api.BackgroundWork;
import vn.vigil.core.api.DomainException;

/**
 * The full rebuild: every daily fact month by month, then the registry and the unit map, each step in a
 * transaction of its own on the bounded background executor (a month of the national data set's visits takes well
 * under the background statement budget, and the applier waits at most one step). Idempotent.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class.getName());

    @Inject
    ReadModelStore store;

    @Inject
    ReadModelRebuild self;

    @Inject
    BackgroundWork backgroundWork;

    @Resource(lookup = BackgroundWork.EXECUTOR)
    ManagedExecutorService background;

    /** One step of a rebuild plan. A null {@code from} marks the facts that have no days. */
    public record Step(String fact, LocalDate from, LocalDate to) {}

    /** Claims and starts a rebuild; empty when one is already running somewhere. */
    public Optional<Long> start(String requestedBy) {
        List<Step> plan = self.plan();
        Optional<Long> run = self.claim(requestedBy, plan.size());
        run.ifPresent(id -> {
            try {
                background.execute(() -> runAll(id, plan));
            } catch (RejectedExecutionException e) {
                self.finish(id, "busy: the background executor is full");
                throw new DomainException("reporting.rebuild.busy");
            }
        });
        return run;
    }

    /** Every month from the first fact to the last, for each daily fact; then the registry and the units. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Step> plan() {
        List<Step> steps = new ArrayList<>();
        Optional<LocalDate[]> range = store.factRange();
        if (range.isPresent()) {
            LocalDate first = range.get()[0].withDayOfMonth(1);
            LocalDate last = range.get()[1];
            for (String fact : ReadModelStore.DAILY_FACTS) {
                for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                    steps.add(new Step(fact, month, month.plusMonths(1)));
                }
            }
        }
        steps.add(new Step("ESTABLISHMENT", null, null));
        steps.add(new Step("UNITS", null, null));
        return steps;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> claim(String requestedBy, int steps) {
        return store.claimRebuild(requestedBy, steps);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void step(long run, Step step) {
        backgroundWork.allowLongStatements();
        store.rebuildStep(run, step.fact(), step.from(), step.to());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long run, String failure) {
        store.finishRebuild(run, failure);
    }

    void runAll(long run, List<Step> plan) {
        long started = System.nanoTime();
        try {
            for (Step step : plan) {
                self.step(run, step);
            }
            self.finish(run, null);
            LOG.info(() -> "Reporting read model rebuilt: " + plan.size() + " steps in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rebuilding the reporting read model failed", e);
            self.finish(run, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
