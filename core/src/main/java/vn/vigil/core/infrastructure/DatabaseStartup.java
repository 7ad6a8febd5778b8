package vn.vigil.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.DemoDataRequested;
import vn.vigil.core.api.MigrationState;
import vn.vigil.core.api.MigrationsCompleted;
import vn.vigil.core.api.ModuleSchema;

/**
 * Migrates every module's schema when the application starts, then asks for demo data if it is switched on.
 * Migrations use a small pool of their own ({@code jdbc/vigil-migrations}) without the interactive statement ceiling:
 * they run once, at start-up, and may rebuild an index over millions of rows.
 */
@ApplicationScoped
public class DatabaseStartup implements MigrationState {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = "jdbc/vigil-migrations")
    DataSource dataSource;

    @Inject
    Instance<ModuleSchema> schemas;

    @Inject
    Event<MigrationsCompleted> completed;

    @Inject
    Event<DemoDataRequested> demoData;

    @Inject
    @ConfigProperty(name = "vigil.demo-data", defaultValue = "false")
    boolean demoDataEnabled;

    private volatile boolean done;
    private volatile String failure;

    void onStart(@Observes Startup startup) {
        long started = System.nanoTime();
        try {
            List<ModuleSchema> all = schemas.stream().toList();
            int applied = SchemaMigrator.migrate(dataSource, all);
            LOG.info(() -> String.format(
                    "Database ready: %d schema(s) %s, %d migration(s) applied in %d ms",
                    all.size(),
                    all.stream().map(ModuleSchema::schema).sorted().toList(),
                    applied,
                    (System.nanoTime() - started) / 1_000_000));
            completed.fire(new MigrationsCompleted(applied, SchemaMigrator.versions(dataSource, all)));
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Database migration failed; Vigil is not ready", e);
            return;
        }
        if (demoDataEnabled) {
            try {
                demoData.fire(new DemoDataRequested());
                LOG.info("Demo data loaded");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Loading demo data failed", e);
            }
        }
        // ready only now: a request must not find the demo accounts half-created
        done = true;
    }

    @Override
    public boolean completed() {
        return done;
    }

    @Override
    public String failure() {
        return failure;
    }
}
