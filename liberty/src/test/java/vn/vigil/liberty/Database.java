package vn.vigil.liberty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A connection of the test's own to the server's database, for tests that must set up what no API offers (a case of
 * another module, a token past its last day). Found through the variables the build gave the server
 * (configDropins/overrides). It carries none of the server's ceilings.
 */
final class Database {

    private static final Pattern VARIABLE = Pattern.compile("name=\"(db\\.[a-z]+)\"\\s+value=\"([^\"]*)\"");

    private Database() {}

    static Connection connect() throws SQLException {
        return connect(null);
    }

    /** A connection to another database of the same PostgreSQL (null: the server's own). */
    static Connection connect(String name) throws SQLException {
        Matcher m = VARIABLE.matcher(overrides());
        Map<String, String> db = new HashMap<>();
        while (m.find()) {
            db.put(m.group(1), m.group(2));
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + db.get("db.port") + "/" + (name == null ? db.get("db.name") : name),
                db.getOrDefault("db.user", "postgres"),
                db.getOrDefault("db.password", "postgres"));
    }

    private static String overrides() {
        Path dir = Path.of(System.getProperty("vigil.log-dir", "target/liberty/wlp/usr/servers/vigil/logs"))
                .resolveSibling("configDropins")
                .resolve("overrides");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Database::read)
                    .filter(text -> text.contains("db.port"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no db.port in " + dir));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
