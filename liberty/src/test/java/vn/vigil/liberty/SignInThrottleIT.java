package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Wrong passwords are throttled before any password is hashed: per client address, and per user name for addresses
 * the user has not signed in from. Each test speaks from addresses of its own in 127.0.0.0/8 (every one of them is
 * this machine), so it neither disturbs nor is disturbed by the other tests, which all come from 127.0.0.1.
 */
class SignInThrottleIT {

    /** Spread over 127.0.x.y so that reruns against the same server start from fresh addresses. */
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() & 0x3fff) + 16);

    @Test
    void aFloodOfWrongPasswordsFromOneAddressGets429WithRetryAfter() {
        String username = Unique.username("dungmk");
        AdminData.createUser(username, Vigil.PASSWORD, "INSPECTOR");
        String attacker = nextAddress();
        int refusedAt = -1;
        Answer last = null;
        for (int attempt = 1; attempt <= 40 && refusedAt < 0; attempt++) {
            last = get(attacker, "/api/v1/me", Vigil.basic(Unique.username("khong-co"), "Sai-mat-khau-1"), "vi");
            if (last.status == 429) {
                refusedAt = attempt;
            } else {
                assertThat(last.status).as("attempt %d", attempt).isEqualTo(401);
            }
        }

        // a burst of 20, draining by one every 3 s while the wrong attempts are being checked
        assertThat(refusedAt).as("the address is throttled after its burst").isBetween(21, 30);
        assertThat(last.header("Retry-After")).as("Retry-After seconds").matches("[1-9][0-9]*");
        assertThat(last.header("Content-Type")).startsWith("application/problem+json");
        assertThat(last.body).contains("\"status\":429").contains("Vui lòng thử lại sau");
        // the address drains one attempt every 3 s, so by the time a held refusal is sent it may have room for one
        // more: wait for the wrong attempt that is let through again, which fills it over its burst once more, and
        // ask at once with the right password
        Answer letThrough;
        int tries = 0;
        do {
            letThrough = get(attacker, "/api/v1/me", Vigil.basic(Unique.username("khong-co"), "Sai-mat-khau-1"), "vi");
            tries++;
        } while (letThrough.status == 429 && tries < 10);
        assertThat(letThrough.status)
                .as("a wrong attempt once the address has drained a little")
                .isEqualTo(401);
        long asked = System.nanoTime();
        Answer english = get(attacker, "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "en");
        assertThat((System.nanoTime() - asked) / 1_000_000)
                .as("a refusal is held a second before it is sent, so a client asking again at once cannot make"
                        + " the server refuse a thousand times a second")
                .isGreaterThanOrEqualTo(900);
        assertThat(english.status)
                .as("even right credentials wait: the attempt is refused before the password is hashed")
                .isEqualTo(429);
        assertThat(english.body).contains("Please try again in");
        // a new address's first sign-in may be asked to come back in a moment when every password check permit is
        // busy for half a second (two cores, a server doing other work): that is the shared check budget, not the
        // attacker's bucket, which stays full for seconds after
        String other = nextAddress();
        Answer elsewhere = get(other, "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "vi");
        for (int retry = 0; retry < 3 && elsewhere.status == 429; retry++) {
            sleep(300);
            elsewhere = get(other, "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "vi");
        }
        assertThat(elsewhere.status).as("another address is not affected").isEqualTo(200);
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
        assertThat(get(owner, "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "vi").status)
                .isEqualTo(200);

        for (int attempt = 1; attempt <= 5; attempt++) {
            Answer wrong = get(attacker, "/api/v1/me", Vigil.basic(username, "Doan-mo-" + attempt), "vi");
            assertThat(wrong.status).as("guess %d", attempt).isEqualTo(401);
        }
        Answer sixth = get(attacker, "/api/v1/me", Vigil.basic(username, "Doan-mo-6"), "vi");
        assertThat(sixth.status)
                .as("the name is throttled for unknown addresses")
                .isEqualTo(429);
        assertThat(get(nextAddress(), "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "vi").status)
                .as("a new address waits too while the name is under attack")
                .isEqualTo(429);

        assertThat(get(owner, "/api/v1/me", Vigil.basic(username, Vigil.PASSWORD), "vi").status)
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
            assertThat(get(attacker, "/api/v1/me", Vigil.basic(username, "Doan-mo-" + attempt), "vi").status)
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
        int n = NEXT.getAndIncrement();
        return "127.0." + ((n >> 8) & 0xff) + "." + Math.max(2, n & 0xff);
    }

    /** One HTTP/1.1 GET sent from the given local address. */
    private static Answer get(String from, String path, String authorization, String language) {
        URI base = URI.create(Vigil.baseUrl());
        try (Socket socket =
                new Socket(InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(from), 0)) {
            socket.setSoTimeout((int) Vigil.TIMEOUT.toMillis());
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: " + authorization + "\r\nAccept-Language: " + language
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Answer.parse(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Answer(int status, String head, String body) {

        static Answer parse(String response) {
            int split = response.indexOf("\r\n\r\n");
            String head = response.substring(0, split);
            String body = response.substring(split + 4);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
                    return line.substring(name.length() + 1).strip();
                }
            }
            return "";
        }
    }
}
