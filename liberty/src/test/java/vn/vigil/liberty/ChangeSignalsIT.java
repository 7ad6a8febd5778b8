package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * What a server keeps in memory follows changes made anywhere: the right Basic credentials a server remembers (a
 * minute by default) are forgotten as soon as the account changes, even when the change does not pass through this
 * server. Here the change is made behind every server's back, straight in the database, as another server's
 * transaction would be; the database signals it, and the next request must see it within a second.
 */
class ChangeSignalsIT {

    @Test
    void anAccountDisabledElsewhereIsRefusedHereWithinASecond() throws Exception {
        String username = Unique.username("tatmay");
        AdminData.createUser(username, Vigil.PASSWORD, "INSPECTOR");
        String credentials = Vigil.basic(username, Vigil.PASSWORD);
        assertThat(me(credentials).statusCode()).as("signed in, and remembered").isEqualTo(200);

        change("update core.user_account set enabled = false where username = ?", username);

        long millis = millisUntil(credentials, "/api/v1/me", status -> status == 401);
        System.out.printf("[signals] a disabled account refused after %d ms%n", millis);
        assertThat(millis)
                .as("refused within a second, not after the cache's minute")
                .isLessThan(1000);
    }

    @Test
    void aRoleTakenElsewhereIsRefusedHereWithinASecond() throws Exception {
        String username = Unique.username("doivai");
        AdminData.createUser(username, Vigil.PASSWORD, "INSPECTOR");
        String credentials = Vigil.basic(username, Vigil.PASSWORD);
        String visits = "/api/v1/visits?size=1";
        assertThat(Vigil.get(visits, "Authorization", credentials).statusCode())
                .as("an inspector's list, and the credentials remembered with the role")
                .isEqualTo(200);

        change(
                "update core.user_role set role = 'COMMITTEE_VIEWER' where role = 'INSPECTOR' and user_id ="
                        + " (select id from core.user_account where username = ?)",
                username);

        long millis = millisUntil(credentials, visits, status -> status == 403);
        System.out.printf("[signals] a role taken refused after %d ms%n", millis);
        assertThat(millis).isLessThan(1000);
    }

    private static HttpResponse<String> me(String credentials) {
        return Vigil.get("/api/v1/me", "Authorization", credentials);
    }

    private static void change(String sql, String username) throws Exception {
        try (Connection c = Database.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, username);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** Milliseconds from now until {@code path} answers as wanted (asked every 20 ms, for at most 70 s). */
    private static long millisUntil(String credentials, String path, IntPredicate wanted) throws InterruptedException {
        long started = System.nanoTime();
        while (System.nanoTime() - started < 70_000_000_000L) {
            if (wanted.test(Vigil.get(path, "Authorization", credentials).statusCode())) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(path + " never answered as wanted");
    }
}
