package vn.vigil.core.infrastructure.migration;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads {@code seed/departments.csv}: the member bodies every provincial committee has. */
public class V4__Seed_departments extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (PreparedStatement insert = context.getConnection().prepareStatement("""
                insert into department (code, kind, name, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, now(), 'system', now(), 'system')
                """)) {
            for (CSVRecord row : CsvSeed.read("/seed/departments.csv")) {
                insert.setString(1, row.get("code"));
                insert.setString(2, row.get("kind"));
                insert.setString(3, row.get("name"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
