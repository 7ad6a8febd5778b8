package vn.vigil.liberty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Real slow statements, made so in the database for the code that runs them: while installed, a trigger of the
 * tests' own makes inserting an establishment whose name holds {@code [sleep N]} take N seconds. Nothing else slows
 * down, and the server runs exactly its production code and configuration.
 */
final class SlowInserts implements AutoCloseable {

    private static final String FUNCTION = """
            create or replace function inspection.it_slow_insert() returns trigger language plpgsql as $$
            begin
                perform pg_sleep(cast(substring(new.name from '\\[sleep (\\d+)\\]') as integer));
                return new;
            end
            $$""";
    private static final String TRIGGER = "create trigger it_slow_insert before insert on inspection.establishment"
            + " for each row when (new.name like '%[sleep %]%') execute function inspection.it_slow_insert()";

    private SlowInserts() {}

    static SlowInserts install() throws SQLException {
        try (Connection c = Database.connect();
                Statement s = c.createStatement()) {
            s.execute(FUNCTION);
            s.execute("drop trigger if exists it_slow_insert on inspection.establishment");
            s.execute(TRIGGER);
        }
        return new SlowInserts();
    }

    /** An establishment name whose insert takes that many seconds. */
    static String name(int seconds, String rest) {
        return "IT [sleep " + seconds + "] " + rest;
    }

    /** How many establishments bear that name (0 when nothing of a stopped request was saved). */
    static long establishmentsNamed(String name) throws SQLException {
        try (Connection c = Database.connect();
                PreparedStatement s =
                        c.prepareStatement("select count(*) from inspection.establishment where name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = Database.connect();
                Statement s = c.createStatement()) {
            s.execute("drop trigger if exists it_slow_insert on inspection.establishment");
            s.execute("drop function if exists inspection.it_slow_insert()");
        }
    }
}
