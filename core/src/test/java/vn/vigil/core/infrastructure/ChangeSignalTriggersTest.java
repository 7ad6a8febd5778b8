package vn.vigil.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vn.vigil.core.testing.TestDatabase;

/** The database announces account changes on {@code vigil_changes}, on commit only, and nothing else about them. */
class ChangeSignalTriggersTest {

    private static DataSource db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.newEmptyDatabase();
        SchemaMigrator.migrate(db, List.of(CoreSchemaAccess.coreSchema()));
    }

    @Test
    void passwordStateRolesAndRemovalAreSignalledOnCommitAndOtherEditsAreNot() throws SQLException {
        try (Connection listener = db.getConnection();
                Connection writer = db.getConnection();
                Statement listen = listener.createStatement();
                Statement write = writer.createStatement()) {
            listen.execute("listen " + ChangeSignals.CHANNEL);
            write.execute("insert into core.user_account (username, full_name, full_name_folded, password_hash,"
                    + " created_at, created_by, updated_at, updated_by)"
                    + " values ('tin.hieu', 'Tín Hiệu', 'tin hieu', 'x', now(), 't', now(), 't')");
            write.execute("insert into core.user_role (user_id, role) select id, 'INSPECTOR' from core.user_account"
                    + " where username = 'tin.hieu'");
            assertThat(arrived(listener))
                    .as("a new account is nobody's memory yet, but its role is")
                    .hasSize(1);

            write.execute("update core.user_account set full_name = 'Tín Hiệu Mới', last_login_at = now()"
                    + " where username = 'tin.hieu'");
            assertThat(arrived(listener))
                    .as("a name or a sign-in time changes nothing remembered")
                    .isEmpty();
            write.execute("update core.user_account set password_hash = password_hash, enabled = enabled,"
                    + " username = username, department_id = department_id, last_login_at = now()"
                    + " where username = 'tin.hieu'");
            assertThat(arrived(listener))
                    .as("every column written again as it was, as the application records a sign-in")
                    .isEmpty();

            writer.setAutoCommit(false);
            write.execute("update core.user_account set password_hash = 'y' where username = 'tin.hieu'");
            assertThat(arrived(listener)).as("nothing before the commit").isEmpty();
            writer.rollback();
            assertThat(arrived(listener)).as("nothing for a rolled-back change").isEmpty();
            write.execute("update core.user_account set enabled = false where username = 'tin.hieu'");
            write.execute("update core.user_role set role = 'ADMIN' where user_id ="
                    + " (select id from core.user_account where username = 'tin.hieu')");
            writer.commit();
            assertThat(arrived(listener))
                    .as("once, for the transaction's changes to the same account")
                    .containsExactly("account:tin.hieu");

            write.execute("delete from core.user_account where username = 'tin.hieu'");
            writer.commit();
            assertThat(Set.copyOf(arrived(listener))).containsExactly("account:tin.hieu");
        }
    }

    private static List<String> arrived(Connection listener) throws SQLException {
        List<String> payloads = new ArrayList<>();
        PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(300);
        if (notifications != null) {
            for (PGNotification n : notifications) {
                payloads.add(n.getParameter());
            }
        }
        return payloads;
    }
}
