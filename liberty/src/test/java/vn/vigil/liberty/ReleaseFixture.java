package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import vn.vigil.core.api.ModuleSchema;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.infrastructure.SchemaMigrator;

/**
 * A released Vigil's database kept as a test fixture: every row of every table of its schemas (Flyway's histories
 * included) as PostgreSQL COPY text, and its sequences' values, in one gzip file. Written from a running release
 * ({@link #main}); restored into an empty database by building the release's schema with the migrations up to the
 * versions its histories name, loading its rows, and putting its own histories back, so that today's build, started
 * on it, validates the release's checksums and applies only what is newer.
 */
final class ReleaseFixture {

    /** The schemas Vigil's modules own, each with the Flyway migrations that build it, in the order they run. */
    static final List<ModuleSchema> SCHEMAS = List.of(
            CoreSchemaAccess.coreSchema(),
            new ModuleSchema("inspection", 10, List.of()),
            new ModuleSchema("victim", 10, List.of()),
            new ModuleSchema("violation", 15, List.of()),
            new ModuleSchema("reporting", 20, List.of()));

    static final String HISTORY = "flyway_schema_history";
    private static final Pattern COPY = Pattern.compile("COPY (\\w+)\\.(\\w+) \\((.*)\\) FROM stdin;");
    private static final Pattern SETVAL =
            Pattern.compile("SELECT pg_catalog.setval\\('(\\w+\\.\\w+)', (\\d+), (\\w+)\\);");

    /** One table's rows, as COPY text lines, with the columns they fill. */
    record Table(String schema, String name, List<String> columns, List<String> rows) {
        String qualified() {
            return schema + "." + name;
        }
    }

    final String release;
    final Map<String, Table> tables;
    final Map<String, String> sequences;

    private ReleaseFixture(String release, Map<String, Table> tables, Map<String, String> sequences) {
        this.release = release;
        this.tables = tables;
        this.sequences = sequences;
    }

    /** {@code ReleaseFixture <jdbc url> <release> <file>}: writes the fixture of the database at that address. */
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres")) {
            write(c, args[1], Paths.get(args[2]));
        }
    }

    static void write(Connection c, String release, Path file) throws SQLException, IOException {
        utc(c);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
                Writer text = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            text.write("-- Vigil release " + release + ": its demo database's rows, as COPY text\n");
            for (String table : tables(c)) {
                List<String> columns = columns(c, table);
                text.write("COPY " + table + " (" + String.join(", ", columns) + ") FROM stdin;\n");
                text.write(copyOut(c, table, columns));
                text.write("\\.\n");
            }
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select schemaname || '.' || sequencename, last_value, last_value"
                            + " is not null from pg_sequences where schemaname = any(" + schemaArray() + ")"
                            + " order by 1")) {
                while (r.next()) {
                    text.write("SELECT pg_catalog.setval('" + r.getString(1) + "', "
                            + (r.getBoolean(3) ? r.getLong(2) : 1) + ", " + r.getBoolean(3) + ");\n");
                }
            }
        }
    }

    static ReleaseFixture read(InputStream gzip) throws IOException {
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, String> sequences = new LinkedHashMap<>();
        String release = null;
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip), StandardCharsets.UTF_8))) {
            String line;
            Table open = null;
            while ((line = in.readLine()) != null) {
                if (open != null) {
                    if (line.equals("\\.")) {
                        tables.put(open.qualified(), open);
                        open = null;
                    } else {
                        open.rows().add(line);
                    }
                } else if (line.startsWith("-- Vigil release ")) {
                    release = line.substring("-- Vigil release ".length(), line.indexOf(':'));
                } else if (line.startsWith("COPY ")) {
                    Matcher m = matched(COPY, line);
                    open = new Table(m.group(1), m.group(2), List.of(m.group(3).split(", ")), new ArrayList<>());
                } else if (line.startsWith("SELECT ")) {
                    Matcher m = matched(SETVAL, line);
                    sequences.put(m.group(1), m.group(2) + ", " + m.group(3));
                } else {
                    throw new IOException("Not a line of a release fixture: " + line);
                }
            }
            if (open != null) {
                throw new IOException("The fixture ends inside " + open.qualified());
            }
        }
        return new ReleaseFixture(release, tables, sequences);
    }

    static ReleaseFixture previousRelease() throws IOException {
        try (InputStream in = ReleaseFixture.class.getResourceAsStream("/previous-release/vigil-demo.copy.gz")) {
            assertThat(in).as("the previous release's fixture").isNotNull();
            return read(in);
        }
    }

    /** Flyway's history of one schema, as the release left it: version and script to checksum. */
    Map<String, String> history(String schema) {
        Table history = tables.get(schema + "." + HISTORY);
        assertThat(history).as("the fixture's history of " + schema).isNotNull();
        int version = history.columns().indexOf("version");
        int script = history.columns().indexOf("script");
        int checksum = history.columns().indexOf("checksum");
        Map<String, String> applied = new LinkedHashMap<>();
        for (String row : history.rows()) {
            String[] cells = row.split("\t", -1);
            applied.put(cells[version] + " " + cells[script], cells[checksum]);
        }
        return applied;
    }

    /** The latest version the release applied to one schema. */
    String version(String schema) {
        return history(schema).keySet().stream()
                .map(key -> key.substring(0, key.indexOf(' ')))
                .filter(v -> !v.equals("\\N"))
                .max(Comparator.comparing(org.flywaydb.core.api.MigrationVersion::fromVersion))
                .orElseThrow();
    }

    /**
     * Builds the release's database in an empty one: the release's schema (the migrations up to its versions), its
     * rows, its sequences and its own Flyway histories.
     */
    void restoreInto(DataSource empty) throws SQLException, IOException {
        for (ModuleSchema schema : SCHEMAS) {
            SchemaMigrator.migrateUpTo(empty, schema, version(schema.schema()));
        }
        try (Connection c = empty.getConnection();
                Statement s = c.createStatement()) {
            utc(c);
            assertThat(tables(c))
                    .as("the release's tables, rebuilt by its migrations")
                    .containsExactlyInAnyOrderElementsOf(tables.keySet());
            c.setAutoCommit(false);
            // the rows go in as they were: no triggers, no foreign-key checks, as a data-only restore does
            s.execute("set local session_replication_role = replica");
            s.execute("truncate " + String.join(", ", tables.keySet()));
            for (Table table : tables.values()) {
                assertThat(columns(c, table.qualified()))
                        .as("the columns of " + table.qualified())
                        .containsExactlyElementsOf(table.columns());
                String rows = table.rows().isEmpty() ? "" : String.join("\n", table.rows()) + "\n";
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy " + table.qualified() + " (" + quoted(table.columns()) + ") from stdin",
                                new StringReader(rows));
            }
            for (Map.Entry<String, String> sequence : sequences.entrySet()) {
                s.execute("select pg_catalog.setval('" + sequence.getKey() + "', " + sequence.getValue() + ")");
            }
            c.commit();
        }
    }

    /**
     * Asserts that every row the release stored is still there as it was, on the columns the release had: exactly the
     * release's rows where nothing has run since the upgrade ({@code untouched}), at least them on a serving Vigil
     * (which signs people in, audits and counts as it goes). Flyway's histories keep the release's entries and add
     * today's. Returns how many rows of the release were checked.
     */
    int assertEveryRowKept(Connection c, boolean untouched) throws SQLException, IOException {
        utc(c);
        int checked = 0;
        for (Table table : tables.values()) {
            List<String> now = rowsNow(c, table);
            if (table.name().equals(HISTORY) || !untouched) {
                assertThat(now)
                        .as("%s keeps the rows of release %s", table.qualified(), release)
                        .containsAll(table.rows());
            } else {
                assertThat(now)
                        .as("%s after the upgrade, on the columns of release %s", table.qualified(), release)
                        .containsExactlyElementsOf(table.rows());
            }
            checked += table.rows().size();
        }
        return checked;
    }

    /** The rows of {@code table}'s fixture columns as they are now, as COPY text. */
    private static List<String> rowsNow(Connection c, Table table) throws SQLException, IOException {
        return copyOut(c, table.qualified(), table.columns()).lines().toList();
    }

    static DataSource dataSource(int port, String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://localhost:" + port + "/" + database);
        ds.setUser("postgres");
        ds.setPassword("postgres");
        return ds;
    }

    static void utc(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set timezone = 'UTC'");
            s.execute("set datestyle = 'ISO, YMD'");
            s.execute("set extra_float_digits = 1");
        }
    }

    private static String copyOut(Connection c, String table, List<String> columns) throws SQLException, IOException {
        StringWriter out = new StringWriter();
        String list = quoted(columns);
        c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyOut(
                        "copy (select " + list + " from " + table + " order by row(" + list + ")::text) to stdout",
                        out);
        return out.toString();
    }

    private static String quoted(List<String> columns) {
        return String.join(
                ", ", columns.stream().map(column -> '"' + column + '"').toList());
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select table_schema || '.' || table_name from information_schema.tables"
                        + " where table_type = 'BASE TABLE' and table_schema = any(" + schemaArray() + ")"
                        + " order by 1")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    /** The columns a restore fills: all but those the database computes. */
    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        String[] parts = table.split("\\.");
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select column_name from information_schema.columns where table_schema = '"
                        + parts[0] + "' and table_name = '" + parts[1] + "' and is_generated = 'NEVER'"
                        + " order by ordinal_position")) {
            while (r.next()) {
                columns.add(r.getString(1));
            }
        }
        return columns;
    }

    private static String schemaArray() {
        return "array["
                + String.join(
                        ", ", SCHEMAS.stream().map(s -> "'" + s.schema() + "'").toList()) + "]";
    }

    private static Matcher matched(Pattern pattern, String line) throws IOException {
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            throw new IOException("Not a line of a release fixture: " + line);
        }
        return m;
    }
}
