package vn.vigil.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;

/** What every simulation shares: the HTTP protocol, the sign-in through the login page, and pages as a person opens them. */
final class Vigil {

    static final String SIGNED_IN = "signedIn";
    private static final String ATTEMPTS = "signInAttempts";

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
        return http(s -> Window.name(name))
                .get(path)
                .header("Accept", "application/json")
                .check(status().is(200));
    }

    /** The pause between two actions of a person ({@link Settings#PAUSE_MS}; none by default). */
    static ChainBuilder think() {
        return doIf(s -> Settings.PAUSE_MS > 0).then(pause(Settings.pause()));
    }

    /** Loops {@code chain} until the steady window ends. */
    static ChainBuilder untilWindowEnds(ChainBuilder chain) {
        return asLongAs(s -> Window.open()).on(chain);
    }
}
