package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Run once (two more Liberty servers, about two minutes): {@code ./mvnw verify -pl liberty
 * -Dit.test=SessionFailoverProof -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}. Two servers of the build, A
 * and B, over the test database (sessions kept in PostgreSQL), as behind a balancer that keeps a person on one server
 * while it lives. A person signs in on A, switches the pages to English and opens a page with a form; A is killed with
 * SIGKILL; the same browser goes on on B: still signed in (B signs them in again from the session A stored, as B cannot
 * read A's single sign-on cookie without a user registry), under their own name, in English, and the form of the page
 * A wrote is posted on B and honoured (the page's state came from the session store).
 */
class SessionFailoverProof {

    private static final Pattern MENU_FORM = Pattern.compile("<form id=\"menuForm\".*?</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final Path wlp =
            Paths.get(System.getProperty("vigil.wlp-dir", "target/liberty/wlp")).toAbsolutePath();
    private ProbeServer a;
    private ProbeServer b;

    @Test
    void aSignedInPersonCarriesOnOnAnotherServerWhenTheirsIsKilled() throws Exception {
        String database = ProbeServer.database(ProbeServer.testDatabasePort(wlp), null, true);
        a = ProbeServer.copyOfTheTestedServer(wlp, "failover-a", 19480, database);
        b = ProbeServer.copyOfTheTestedServer(wlp, "failover-b", 19580, database);
        a.start();
        b.start();
        a.await("/health/ready", r -> r.statusCode() == 200);
        b.await("/health/ready", r -> r.statusCode() == 200);

        WebSession onA = WebSession.signedInAt("http://localhost:19480", "inspector");
        HttpResponse<String> home = onA.get("/index.xhtml");
        HttpResponse<String> english = onA.post("/index.xhtml", menuPost(home, "menuForm:langEn"));
        assertThat(english.statusCode()).as("the language switched on A").isIn(200, 302);
        HttpResponse<String> page = onA.get("/index.xhtml");
        assertThat(page.body()).as("A speaks English now").contains("lang=\"en\"");

        ProbeServer.awaitSessionsWritten();
        ProcessHandle serverA = new ServerProcess(wlp, "failover-a").find().orElseThrow();
        serverA.destroyForcibly(); // SIGKILL: nothing is written on the way out
        serverA.onExit().get(1, TimeUnit.MINUTES);

        WebSession onB = onA.on("http://localhost:19580");
        HttpResponse<String> carriedOn = onB.get("/index.xhtml");
        assertThat(carriedOn.statusCode())
                .as("still signed in on B: %s", carriedOn.body())
                .isEqualTo(200);
        assertThat(carriedOn.body())
                .as("under their own name, in the language chosen on A")
                .contains("Nguyễn Văn An")
                .contains("lang=\"en\"");
        HttpResponse<String> backToVietnamese = onB.post("/index.xhtml", menuPost(page, "menuForm:langVi"));
        assertThat(backToVietnamese.statusCode())
                .as(
                        "the form of the page A wrote is honoured by B: %s",
                        backToVietnamese.headers().map())
                .isIn(200, 302);
        assertThat(backToVietnamese.headers().firstValue("Location").orElse(""))
                .as("not sent to a fresh page or the login page")
                .doesNotContain("login.xhtml")
                .doesNotContain("expired");
        assertThat(onB.get("/index.xhtml").body()).contains("lang=\"vi\"");
        System.out.printf("[failover] signed in and English on A; A killed; B carried the session and the page on%n");
    }

    /** The top bar's form of {@code page}, posted by one of its links, as PrimeFaces' script sends it. */
    private static Map<String, String> menuPost(HttpResponse<String> page, String link) {
        Matcher form = MENU_FORM.matcher(page.body());
        assertThat(form.find()).as("the top bar's form").isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form.group());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        assertThat(fields).containsKey("jakarta.faces.ViewState");
        Matcher nonce = NONCE.matcher(
                page.headers().firstValue("Content-Security-Policy").orElse(""));
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        fields.put(link, link);
        return fields;
    }

    @AfterEach
    void stop() throws IOException {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }
}
