package vn.vigil.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.vigil.core.api.MigrationState;

/** Ready when PostgreSQL answers and every module's migrations have run. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    @Inject
    MigrationState migrations;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select count(*) from information_schema.tables where table_name = 'flyway_schema_history'")) {
            rs.next();
            response.withData("schemas", rs.getLong(1))
                    .withData("product", c.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
        response.withData("migrated", migrations.completed());
        if (migrations.failure() != null) {
            response.withData("migrationFailure", migrations.failure());
        }
        return migrations.completed() ? response.up().build() : response.down().build();
    }
}
