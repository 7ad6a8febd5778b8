package vn.vigil.core.api;

import java.util.function.Supplier;

/**
 * Long work (establishment imports, risk score recomputes, the daily digest; later reports and exports) and the two
 * things that keep it from stalling everything else.
 *
 * <p>It runs on the server's bounded executor {@link #EXECUTOR} (a few tasks at a time and a short queue; a task
 * beyond that is refused at once with a {@link java.util.concurrent.RejectedExecutionException}), so it never holds
 * more than a few of the connection pool's connections and requests keep the rest.
 *
 * <p>Its transactions may run statements for longer than requests may: every pooled connection carries the
 * interactive ceilings ({@code db.statement-timeout}, {@code db.lock-timeout}), and long work lifts them for its own
 * transaction only, to {@code db.background-statement-timeout}. PostgreSQL puts the ceilings back when that
 * transaction ends, so the connection returns to the pool as it was.
 */
public interface BackgroundWork {

    /** JNDI name of the bounded executor for long work (a managed executor service in server.xml). */
    String EXECUTOR = "concurrent/vigil-background";

    /**
     * Lets the statements of the current transaction run, and wait for locks, up to the background budget instead
     * of the interactive ceilings, until the transaction ends.
     *
     * @throws IllegalStateException outside a transaction, where there is nothing to lift it for
     */
    void allowLongStatements();

    /** Runs the work in a transaction (the current one, or a new one) with {@linkplain #allowLongStatements() long statements allowed}. */
    <T> T withLongStatements(Supplier<T> work);
}
