package vn.vigil.liberty;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Victim cases for tests of the support pages, written straight into the server's database ({@link Database}):
 * the case module's pages are not part of this branch. The person's name is stored as plain bytes here, so a page
 * showing it would show it.
 */
final class VictimCases {

    private VictimCases() {}

    /** An open case of a verified Vietnamese victim for the demo case worker; returns its id and code. */
    static Case openCase(String personName) {
        String code = Unique.code("NN-IT-");
        try (Connection c = Database.connect()) {
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

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
