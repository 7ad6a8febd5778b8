package vn.vigil.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every simulation shares: the HTTP protocol, the sign-in through the login page, and pages as a person opens them. */
final class Vigil {

    static final String SIGNED_IN = "signedIn";
    private static final String ATTEMPTS = "signInAttempts";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** Attempts of one sign-in before the user gives up (each a second or two apart: the server said it is busy). */
    private static final int MOST_ATTEMPTS = 90;

    private Vigil() {}

    /**
     * The protocol: no redirects followed (a page that sends its caller to the login page is a failure, not a 200),
     * Vietnamese, no static resources (HTML and JSON only, as a browser with a warm cache), no warm-up call to an
     * outside site.
     */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(Settings.BASE)
                .disableFollowRedirect()
                .disableWarmUp()
                .acceptLanguageHeader("vi")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("vigil-bench (Gatling)");
    }

    /**
     * Signs the user named by the session's {@code username} in through the login page, as a person does: the page
     * gives the form's view state and, in its Content-Security-Policy header, the nonce the post must carry; a right
     * password answers 302 to the home page and sets the session and single sign-on cookies (VIGILSESSION,
     * VIGILSSO), which Gatling keeps per user. An answer of 200 is the login page again: the server was busy hashing
     * passwords or rationing sign-ins from addresses new to the user (one check at a time, a few a second on two
     * cores), so the user waits a moment and tries again, as the page asks. {@code openHome}: then opens the home page
     * the redirect names.
     */
    static ChainBuilder signIn(boolean openHome) {
        ChainBuilder attempt = exec(http(s -> Window.name("sign in: login page"))
                        .get("/login.xhtml")
                        .header("Accept", "text/html")
                        .check(
                                status().is(200),
                                headerRegex("Content-Security-Policy", "'nonce-([^']+)'")
                                        .saveAs("nonce"),
                                css("input[name='jakarta.faces.ViewState']", "value")
                                        .saveAs("viewState")))
                .exec(http(s -> Window.name(s.getInt(ATTEMPTS) == 0 ? "sign in" : "sign in again (was busy)"))
                        .post("/login.xhtml")
                        .header("Accept", "text/html")
                        .formParam("loginForm", "loginForm")
                        .formParam("loginForm_SUBMIT", "1")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .formParam("loginForm:username", "#{username}")
                        .formParam("loginForm:password", Settings.PASSWORD)
                        .formParam("loginForm:signIn", "")
                        .check(status().in(200, 302).saveAs("signInStatus")))
                .exec(s -> s.set(SIGNED_IN, s.getInt("signInStatus") == 302)
                        .set(ATTEMPTS, s.getInt(ATTEMPTS) + 1))
                .doIf(s -> !s.getBoolean(SIGNED_IN))
                .then(pause(Duration.ofMillis(1000), Duration.ofMillis(2000)));
        ChainBuilder signIn = exec(s -> s.set(SIGNED_IN, false).set(ATTEMPTS, 0))
                .asLongAs(s -> !s.getBoolean(SIGNED_IN) && s.getInt(ATTEMPTS) < MOST_ATTEMPTS)
                .on(attempt)
                // never signed in: the user ends here, counted as failed (and a closed model starts another)
                .exec(s -> s.getBoolean(SIGNED_IN) ? s : s.markAsFailed())
                .exitHereIfFailed();
        return openHome ? signIn.exec(page("home page", "/index.xhtml")) : signIn;
    }

    /**
     * HTTP Basic instead of the login page (the protocol sends the user's credentials on every call): the first call,
     * to the caller's own account, is the sign-in, where the server hashes the password and then remembers the right
     * credentials for a minute. 429 means the server is busy hashing or rationing sign-ins, so the user tries again.
     */
    static ChainBuilder basicSignIn() {
        ChainBuilder attempt = exec(http(s -> Window.name(s.getInt(ATTEMPTS) == 0 ? "sign in (Basic)" : "sign in again (was busy)"))
                        .get("/api/v1/me")
                        .header("Accept", "application/json")
                        .check(status().in(200, 429).saveAs("signInStatus")))
                .exec(s -> s.set(SIGNED_IN, s.getInt("signInStatus") == 200)
                        .set(ATTEMPTS, s.getInt(ATTEMPTS) + 1))
                .doIf(s -> !s.getBoolean(SIGNED_IN))
                .then(pause(Duration.ofMillis(1000), Duration.ofMillis(2000)));
        return exec(s -> s.set(SIGNED_IN, false).set(ATTEMPTS, 0))
                .asLongAs(s -> !s.getBoolean(SIGNED_IN) && s.getInt(ATTEMPTS) < MOST_ATTEMPTS)
                .on(attempt)
                .exec(s -> s.getBoolean(SIGNED_IN) ? s : s.markAsFailed())
                .exitHereIfFailed();
    }

    /**
     * A personal API token instead of a session: created once with the password (HTTP Basic on that call only, the
     * sign-in: one password hash), then sent as {@code Authorization: Bearer} on every call ({@link #api}), which
     * costs the server one indexed look-up and no hash. 429: busy hashing, try again. The token lives a week at most
     * and is revoked when the user ends ({@link #revokeToken}), so runs never reach the limit of live tokens.
     */
    static ChainBuilder tokenSignIn() {
        ChainBuilder attempt = exec(http(s -> Window.name(
                                s.getInt(ATTEMPTS) == 0 ? "sign in (API token)" : "sign in again (was busy)"))
                        .post("/api/v1/me/tokens")
                        .basicAuth("#{username}", Settings.PASSWORD)
                        .header("Accept", "application/json")
                        .body(StringBody(s -> "{\"name\":\"Gatling " + System.currentTimeMillis() + "\",\"lastDay\":\""
                                + LocalDate.now(VIETNAM).plusDays(7)
                                + "\"}"))
                        .asJson()
                        .check(status().in(201, 429).saveAs("signInStatus"), bodyString().saveAs("tokenBody")))
                .exec(s -> {
                    boolean created = s.getInt("signInStatus") == 201;
                    Session next = s.set(SIGNED_IN, created).set(ATTEMPTS, s.getInt(ATTEMPTS) + 1);
                    if (created) {
                        String body = s.getString("tokenBody");
                        Matcher secret = SECRET.matcher(body);
                        Matcher id = TOKEN_ID.matcher(body);
                        if (secret.find() && id.find()) {
                            next = next.set("token", secret.group(1)).set("tokenId", id.group(1));
                        } else {
                            next = next.set(SIGNED_IN, false);
                        }
                    }
                    return next.remove("tokenBody");
                })
                .doIf(s -> !s.getBoolean(SIGNED_IN))
                .then(pause(Duration.ofMillis(1000), Duration.ofMillis(2000)));
        return exec(s -> s.set(SIGNED_IN, false).set(ATTEMPTS, 0))
                .asLongAs(s -> !s.getBoolean(SIGNED_IN) && s.getInt(ATTEMPTS) < MOST_ATTEMPTS)
                .on(attempt)
                .exec(s -> s.getBoolean(SIGNED_IN) ? s : s.markAsFailed())
                .exitHereIfFailed();
    }

    /** The token's owner revokes it (with the password, as they made it). */
    static ChainBuilder revokeToken() {
        return doIf(s -> s.contains("tokenId"))
                .then(exec(http(s -> Window.name("revoke the API token"))
                        .delete("/api/v1/me/tokens/#{tokenId}")
                        .basicAuth("#{username}", Settings.PASSWORD)
                        .check(status().in(204, 429))));
    }

    /** A REST call as the run's {@link Settings#AUTH} says: with the API token when there is one. */
    static HttpRequestActionBuilder api(HttpRequestActionBuilder request) {
        return "token".equals(Settings.AUTH) ? request.header("Authorization", "Bearer #{token}") : request;
    }

    /**
     * A page by GET, HTML only. 200 is the page; anything else (a redirect to the login page because the session
     * was lost, 403, 500) fails.
     */
    static HttpRequestActionBuilder page(String name, String path) {
        return http(s -> Window.name(name))
                .get(path)
                .header("Accept", "text/html,application/xhtml+xml")
                .check(status().is(200));
    }

    /** A REST read. */
    static HttpRequestActionBuilder read(String name, String path) {
        return api(http(s -> Window.name(name))
                .get(path)
                .header("Accept", "application/json")
                .check(status().is(200)));
    }

    /** The pause between two actions of a person ({@link Settings#PAUSE_MS}; none by default). */
    static ChainBuilder think() {
        return doIf(s -> Settings.PAUSE_MS > 0).then(pause(Settings.pause()));
    }

    private static final AtomicInteger READY = new AtomicInteger();
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /**
     * Signed in and ready: waits for the steady window, so that everyone's sign-in (a password hash of a fifth of a
     * second, one at a time, rationed for addresses new to the user) is over before the work begins and the window
     * measures the given number of people working, not sign-ins competing with saves. A user ready late (the ramp
     * was too short, or a user replaced one that failed) starts at once. Says how many were ready when it began.
     */
    static ChainBuilder waitForWindow() {
        return exec(s -> {
                    READY.incrementAndGet();
                    return s;
                })
                .asLongAs(s -> System.currentTimeMillis() < Window.steadyFrom())
                .on(pause(Duration.ofMillis(100)))
                .exec(s -> {
                    if (TOLD.compareAndSet(false, true)) {
                        System.out.printf(
                                "[vigil-bench] %d of %d users signed in and ready when the steady window began%n",
                                READY.get(),
                                Settings.USERS);
                    }
                    return s;
                });
    }

    /** Loops {@code chain} until the steady window ends. */
    static ChainBuilder untilWindowEnds(ChainBuilder chain) {
        return asLongAs(s -> Window.open()).on(chain);
    }
}
