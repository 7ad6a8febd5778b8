package vn.vigil.core.infrastructure.migration;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads {@code seed/holidays.csv}. */
public class V3__Seed_holidays extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (PreparedStatement insert = context.getConnection().prepareStatement("""
                insert into holiday (day, kind, name, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, now(), 'system', now(), 'system')
                """)) {
            for (CSVRecord row : CsvSeed.read("/seed/holidays.csv")) {
                insert.setDate(1, Date.valueOf(row.get("day")));
                insert.setString(2, row.get("kind"));
                insert.setString(3, row.get("name"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
