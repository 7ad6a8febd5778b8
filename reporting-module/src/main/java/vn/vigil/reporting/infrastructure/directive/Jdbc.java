package vn.vigil.reporting.infrastructure.directive;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC for the directive stores: one statement per call on the caller's transaction's connection, parameters
 * bound by type (dates, instants, arrays of ids or texts), SQL errors rethrown unchecked.
 */
final class Jdbc {

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    /** A text array parameter (a {@code varchar[]} column). */
    record Texts(Collection<String> values) {}

    /** An id array parameter (a {@code bigint[]} column). */
    record Ids(Collection<Long> values) {}

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = prepare(c, sql, parameters);
                ResultSet r = s.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(row.read(r));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
        List<T> rows = list(sql, row, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long id(String sql, Object... parameters) {
        return one(sql, r -> r.getLong(1), parameters).orElseThrow();
    }

    int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate date(ResultSet r, String column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    static List<String> texts(ResultSet r, String column) throws SQLException {
        Array a = r.getArray(column);
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }

    static List<Long> ids(ResultSet r, String column) throws SQLException {
        Array a = r.getArray(column);
        return a == null ? List.of() : List.of((Long[]) a.getArray());
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                bind(c, s, i + 1, parameters[i]);
            }
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static void bind(Connection c, PreparedStatement s, int i, Object value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.NULL);
        } else if (value instanceof LocalDate d) {
            s.setDate(i, Date.valueOf(d));
        } else if (value instanceof Instant t) {
            s.setTimestamp(i, Timestamp.from(t));
        } else if (value instanceof Texts t) {
            s.setArray(i, c.createArrayOf("varchar", t.values().toArray()));
        } else if (value instanceof Ids t) {
            s.setArray(i, c.createArrayOf("bigint", t.values().toArray()));
        } else if (value instanceof Enum<?> e) {
            s.setString(i, e.name());
        } else {
            s.setObject(i, value);
        }
    }
}
