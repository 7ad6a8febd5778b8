package vn.vigil.core.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vn.vigil.core.api.ChangeSignal;
import vn.vigil.core.api.MigrationsCompleted;

/**
 * Listens on PostgreSQL's channel {@value #CHANNEL}, where the database itself announces changes to what servers keep
 * in memory (triggers notify in the changing transaction; PostgreSQL delivers on commit, to every listener), and fires
 * each as a {@link ChangeSignal} on this server. Every server listens, so a change made through any of them, or behind
 * them all, reaches each server's memory in milliseconds instead of when an entry expires. The listening holds one
 * connection of its own data source ({@code jdbc/vigil-signals}); lost, it is opened again a second later, and what
 * changed meanwhile is covered by each cache's own time to live.
 */
@ApplicationScoped
public class ChangeSignals {

    static final String CHANNEL = "vigil_changes";
    private static final Logger LOG = Logger.getLogger(ChangeSignals.class.getName());
    private static final int WAIT_MILLIS = 1000;

    @Resource(lookup = "jdbc/vigil-signals")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Event<ChangeSignal> signals;

    private volatile boolean running;
    private volatile Thread listener;

    void start(@Observes MigrationsCompleted migrated) {
        running = true;
        Thread thread = threads.newThread(this::listen);
        thread.setName("vigil-change-signals");
        listener = thread;
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("listen " + CHANNEL);
                PGConnection postgres = c.unwrap(PGConnection.class);
                LOG.info(() -> "Listening for changes on " + CHANNEL);
                while (running) {
                    PGNotification[] arrived = postgres.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            fire(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Listening for changes failed; trying again in a second", e);
                    pause();
                }
            }
        }
    }

    private void fire(String payload) {
        int colon = payload.indexOf(':');
        if (colon <= 0) {
            LOG.warning(() -> "A change signal without a topic: " + payload);
            return;
        }
        signals.fire(new ChangeSignal(payload.substring(0, colon), payload.substring(colon + 1)));
    }

    private void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
