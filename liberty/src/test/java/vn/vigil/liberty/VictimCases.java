package vn.vigil.liberty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Victim cases for tests of the support pages, written straight into the server's database: the case module's
 * pages are not part of this branch. The database is found through the variables the build gave the server
 * (configDropins/overrides). The person's name is stored as plain bytes here, so a page showing it would show it.
 */
final class VictimCases {

    private static final Pattern VARIABLE = Pattern.compile("name=\"(db\\.[a-z]+)\"\\s+value=\"([^\"]*)\"");

    private VictimCases() {}

    /** An open case of a verified Vietnamese victim for the demo case worker; returns its id and code. */
    static Case openCase(String personName) {
        String code = Unique.code("NN-IT-");
        try (Connection c = connect()) {
            long person;
            try (PreparedStatement s = c.prepareStatement("insert into victim.person (key_version, full_name,"
                    + " name_digest, sex, nationality, created_at, created_by, updated_at, updated_by)"
                    + " values (1, ?, 'it', 'FEMALE', 'VN', now(), 'it', now(), 'it') returning id")) {
                s.setBytes(1, personName.getBytes(StandardCharsets.UTF_8));
                person = single(s);
            }
            try (PreparedStatement s = c.prepareStatement("insert into victim.victim_case (code, person_id,"
                    + " person_status, person_role, verified_abroad, received_on, received_place, received_by,"
                    + " verification_due, verified_on, verified_by, case_worker, consent_to_processing, status, created_at,"
                    + " created_by, updated_at, updated_by) values (?, ?, 'VERIFIED_VICTIM', 'VICTIM', false,"
                    + " current_date - 3, 'UBND xã', 'Công an xã', current_date, current_date - 1, 'Công an tỉnh',"
                    + " 'caseworker', true,"
                    + " 'OPEN', now(), 'it', now(), 'it') returning id")) {
                s.setString(1, code);
                s.setLong(2, person);
                return new Case(single(s), code);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    record Case(long id, String code) {}

    private static Connection connect() throws SQLException {
        String variables = overrides();
        Matcher m = VARIABLE.matcher(variables);
        java.util.Map<String, String> db = new java.util.HashMap<>();
        while (m.find()) {
            db.put(m.group(1), m.group(2));
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + db.get("db.port") + "/" + db.get("db.name"),
                db.getOrDefault("db.user", "postgres"),
                db.getOrDefault("db.password", "postgres"));
    }

    private static String overrides() {
        Path dir = Path.of(System.getProperty("vigil.log-dir", "target/liberty/wlp/usr/servers/vigil/logs"))
                .resolveSibling("configDropins")
                .resolve("overrides");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(VictimCases::read)
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

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
