package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Wrong passwords are throttled before any password is hashed: per client address, and per user name for addresses
 * the user has not signed in from. Each test speaks from addresses of its own in 127.0.0.0/8 (every one of them is
 * this machine), so it neither disturbs nor is disturbed by the other tests, which all come from 127.0.0.1.
 */
class SignInThrottleIT {

    @Test
    void aFloodOfWrongPasswordsFromOneAddressGets429WithRetryAfter() {
        String username = Unique.username("dungmk");
        AdminData.createUser(username, Vigil.PASSWORD, "INSPECTOR");
        String attacker = nextAddress();
        int refusedAt = -1;
        FromAddress.Answer last = null;
        for (int attempt = 1; attempt <= 40 && refusedAt < 0; attempt++) {
            last = get(attacker, "/api/v1/me", Vigil.basic(Unique.username("khong-co"), "Sai-mat-khau-1"), "vi");
            if (last.status() == 429) {
                refusedAt = attempt;
            } else {
                assertThat(last.status()).as("attempt %d", attempt).isEqualTo(401);
            }
        }

        // a burst of 20, draining by one every 3 s while the wrong attempts are being checked
        assertThat(refusedAt).as("the address is throttled after its burst").isBetween(21, 30);
        assertThat(last.header("Retry-After")).as("Retry-After seconds").matches("[1-9][0-9]*");
        assertThat(last.header("Content-Type")).startsWith("application/problem+json");
        assertThat(last.body()).contains("\"status\":429").contains("Vui lòng thử lại sau");
        // the address drains one attempt every 3 s, so by the time a held refusal is sent it may have room for one
        // more: wait for the wrong attempt that is let through again, which fills it over its burst once more, and
        // ask at once with the right password
        FromAddress.Answer letThrough;
        int tries = 0;
        do {
            letThrough = get(attacker, "/api/v1/me", Vigil.basic(Unique.username("khong-co"), "Sai-mat-khau-1"), "vi");
            tries++;
        } while (letThrough.status() == 429 && tries < 10);
        assertThat(letThrough.status())
                .as("a wrong attempt once the address has drained a little")
                .isEqualTo(401);
        long asked = System.nanoTime();
        FromAddress.Answer english = get(attacker, "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "en");
        assertThat((System.nanoTime() - asked) / 1_000_000)
                .as("a refusal is held a second before it is sent, so a client asking again at once cannot make"
                        + " the server refuse a thousand times a second")
                .isGreaterThanOrEqualTo(900);
        assertThat(english.status())
                .as("even right credentials wait: the attempt is refused before the password is hashed")
                .isEqualTo(429);
        assertThat(english.body()).contains("Please try again in");
        // a new address's first sign-in may be asked to come back in a moment when every password check permit is
        // busy for half a second (two cores, a server doing other work): that is the shared check budget, not the
        // attacker's bucket, which stays full for seconds after
        String other = nextAddress();
        FromAddress.Answer elsewhere = get(other, "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "vi");
        for (int retry = 0; retry < 3 && elsewhere.status() == 429; retry++) {
            sleep(300);
            elsewhere = get(other, "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "vi");
        }
        assertThat(elsewhere.status()).as("another address is not affected").isEqualTo(200);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void guessingSomeonesPasswordNeverLocksThemOutOfTheirOwnAddress() {
        String username = Unique.username("nannhan");
        AdminData.createUser(username, Vigil.PASSWORD, "INSPECTOR");
        String owner = nextAddress();
        String attacker = nextAddress();
        assertThat(get(owner, "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "vi")
                        .status())
                .isEqualTo(200);

        for (int attempt = 1; attempt <= 5; attempt++) {
            FromAddress.Answer wrong = get(attacker, "/api/v1/me", Vigil.basic(username, "Doan-mo-" + attempt), "vi");
            assertThat(wrong.status()).as("guess %d", attempt).isEqualTo(401);
        }
        FromAddress.Answer sixth = get(attacker, "/api/v1/me", Vigil.basic(username, "Doan-mo-6"), "vi");
        assertThat(sixth.status())
                .as("the name is throttled for unknown addresses")
                .isEqualTo(429);
        assertThat(get(nextAddress(), "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "vi")
                        .status())
                .as("a new address waits too while the name is under attack")
                .isEqualTo(429);

        assertThat(get(owner, "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "vi")
                        .status())
                .as("the owner's own address still signs in")
                .isEqualTo(200);

        HttpResponse<String> audit = Vigil.get(
                "/api/v1/audit-entries?action=SIGN_IN_LOCKED&entityId=" + username, "Authorization", AdminData.ADMIN);
        assertThat(Vigil.json(audit).asJsonObject().getJsonArray("items"))
                .as("the lock is audited once, when it begins")
                .singleElement()
                .satisfies(entry -> assertThat(entry.toString())
                        .contains("name locked")
                        .contains(attacker)
                        .contains("\"actor\":\"anonymous\""));
    }

    @Test
    void thePersonIsToldOfWrongPasswordsTriedOnTheirAccountAtTheirNextSignIn() {
        String username = Unique.username("baodong");
        AdminData.createUser(username, Vigil.PASSWORD, "INSPECTOR");
        String attacker = nextAddress();
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThat(get(attacker, "/api/v1/me", Vigil.basic(username, "Doan-mo-" + attempt), "vi")
                            .status())
                    .isEqualTo(401);
        }

        WebSession session = WebSession.signedInAs(username);
        assertThat(session.get("/index.xhtml").body())
                .contains("đã có 2 lần nhập sai mật khẩu vào tài khoản của bạn")
                .contains("từ địa chỉ " + attacker);
        assertThat(WebSession.signedInAs(username).get("/index.xhtml").body())
                .as("told once: the next sign-in has nothing to report")
                .doesNotContain("nhập sai mật khẩu");
    }

    private static String nextAddress() {
        return FromAddress.next();
    }

    private static FromAddress.Answer get(String from, String path, String authorization, String language) {
        return FromAddress.send(from, "GET", path, null, "Authorization", authorization, "Accept-Language", language);
    }
}
