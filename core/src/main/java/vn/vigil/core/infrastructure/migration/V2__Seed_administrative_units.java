package vn.vigil.core.infrastructure.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.vigil.core.api.Text;

/**
 * Loads {@code seed/administrative-units.csv}. Parents and successors are named by code and resolved to the
 * version of that code in force on the relevant day, so the file can hold several versions of one code.
 */
public class V2__Seed_administrative_units extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        List<CSVRecord> rows = CsvSeed.read("/seed/administrative-units.csv");
        Connection c = context.getConnection();
        try (PreparedStatement insert = c.prepareStatement("""
                insert into administrative_unit (code, name, name_folded, level, kind, valid_from, valid_to,
                    created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, now(), 'system', now(), 'system')
                """)) {
            for (CSVRecord row : rows) {
                insert.setString(1, row.get("code"));
                insert.setString(2, row.get("name"));
                insert.setString(3, Text.fold(row.get("name")));
                insert.setString(4, row.get("level"));
                insert.setString(5, row.get("kind"));
                insert.setDate(6, Date.valueOf(row.get("valid_from")));
                String to = CsvSeed.blankToNull(row.get("valid_to"));
                if (to == null) {
                    insert.setNull(7, Types.DATE);
                } else {
                    insert.setDate(7, Date.valueOf(to));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        for (CSVRecord row : rows) {
            LocalDate from = LocalDate.parse(row.get("valid_from"));
            long id = idOf(c, row.get("code"), from, true);
            String parent = CsvSeed.blankToNull(row.get("parent_code"));
            if (parent != null) {
                link(c, "parent_id", id, idOf(c, parent, from, false));
            }
            String successor = CsvSeed.blankToNull(row.get("successor_code"));
            if (successor != null) {
                LocalDate next = LocalDate.parse(row.get("valid_to")).plusDays(1);
                link(c, "successor_id", id, idOf(c, successor, next, false));
            }
        }
    }

    private static long idOf(Connection c, String code, LocalDate day, boolean exactStart) throws SQLException {
        String sql = exactStart
                ? "select id from administrative_unit where code = ? and valid_from = ?"
                : "select id from administrative_unit where code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)";
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, code);
            q.setDate(2, Date.valueOf(day));
            if (!exactStart) {
                q.setDate(3, Date.valueOf(day));
            }
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Seed unit " + code + " not in force on " + day);
                }
                return rs.getLong(1);
            }
        }
    }

    private static void link(Connection c, String column, long id, long target) throws SQLException {
        try (PreparedStatement u =
                c.prepareStatement("update administrative_unit set " + column + " = ? where id = ?")) {
            u.setLong(1, target);
            u.setLong(2, id);
            u.executeUpdate();
        }
    }
}
