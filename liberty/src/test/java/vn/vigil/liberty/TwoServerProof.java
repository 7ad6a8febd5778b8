package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Run once (four more Liberty servers, about five minutes): {@code ./mvnw verify -pl liberty -Dit.test=TwoServerProof
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}. Servers of the build over one PostgreSQL, as a deployment of
 * several behind a balancer (issue 13, docs/scale-out.md):
 *
 * <ol>
 *   <li>two servers started at the same moment on an empty database: one migrates, the other waits for it, both
 *       become ready, and the start-up risk recompute runs on one of them only;
 *   <li>servers A and B over the test database, beside the tested server: the start-up recompute that the tested
 *       server ran today is not run again by A or B;
 *   <li>a person signed in on A carries on on B with the same cookies; a forged session, a forged sign-on cookie and a
 *       session that expired get the sign-in page;
 *   <li>200 decisions (each takes the next decision number of the year) and approvals (a line asked for more than it
 *       holds among them) sent at once, spread over A and B: the numbers run without a gap or a duplicate, the line
 *       refuses what it cannot pay and is not overspent;
 *   <li>an account disabled on A is refused by B, which remembered its credentials, within a second;
 *   <li>a legal officer's case half-way through its steps when A is killed with SIGKILL: the steps are finished on B,
 *       and the case page the officer had open on A is shown by B, signed in, with B's decision.
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServerProof {

    private static final int PORT_A = 19480;
    private static final int PORT_B = 19580;
    private static final String A = "http://localhost:" + PORT_A;
    private static final String B = "http://localhost:" + PORT_B;
    private static final String RECOMPUTED_AT_START = "Risk scores recomputed (start-up)";
    private static final Pattern MIGRATED = Pattern.compile("Database ready: .*?, (\\d+) migration\\(s\\) applied");

    /** Decisions and approvals sent at once over both servers. */
    static final int DECISIONS = 100;

    static final int APPROVALS = 100;

    /** Clients sending them, as {@link DurabilityProof} does on one server. */
    static final int CLIENTS = 16;

    private final Path wlp =
            Paths.get(System.getProperty("vigil.wlp-dir", "target/liberty/wlp")).toAbsolutePath();
    private final String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    private ProbeServer a;
    private ProbeServer b;

    @Test
    @Order(1)
    void twoServersStartingAtOnceOnAnEmptyDatabaseMigrateItOnceAndRecomputeOnce() throws Exception {
        String name = "vigil_twostart_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = Database.connect();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        // a production configuration, the same on both servers: its own secrets, no demo data
        String settings = ProbeServer.database(ProbeServer.testDatabasePort(wlp), name, "proof-" + name, false)
                + variable("vigil.identity.keys", "1:" + randomKey())
                + variable("vigil.identity.digest-key", randomKey())
                + variable("vigil.audit.chain-key", "chain-" + randomKey());
        ProbeServer c = ProbeServer.copyOfTheTestedServer(wlp, "twostart-c", PORT_A, settings);
        ProbeServer d = ProbeServer.copyOfTheTestedServer(wlp, "twostart-d", PORT_B, settings);
        try {
            startTogether(c, d);
            int byC = migrationsApplied(c);
            int byD = migrationsApplied(d);
            assertThat(Math.min(byC, byD))
                    .as("the server that waited applied nothing")
                    .isZero();
            assertThat(Math.max(byC, byD))
                    .as("the other migrated the empty database")
                    .isPositive();
            try (Connection db = Database.connect(name)) {
                for (String schema : List.of("core", "inspection", "violation", "victim", "reporting")) {
                    long[] versions = longs(
                            db,
                            "select count(*), count(distinct version) from " + schema
                                    + ".flyway_schema_history where version is not null");
                    assertThat(versions[0])
                            .as("each migration of %s applied once", schema)
                            .isPositive()
                            .isEqualTo(versions[1]);
                }
                String recomputes = "select count(*), coalesce(max(attempts), 0), count(finished_at) from core.job_run"
                        + " where job = 'risk-recompute'";
                long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                while (longs(db, recomputes)[2] == 0 && System.nanoTime() < until) {
                    Thread.sleep(500); // the recompute runs in the background
                }
                assertThat(longs(db, recomputes))
                        .as("one occurrence, one attempt, finished")
                        .containsExactly(1, 1, 1);
            }
            assertThat(logged(c, RECOMPUTED_AT_START) + logged(d, RECOMPUTED_AT_START))
                    .as("the start-up recompute ran on one server of the two")
                    .isEqualTo(1);
            System.out.printf(
                    "[two-servers] started at once on an empty database: %d and %d migrations applied; recomputed once%n",
                    byC, byD);
        } finally {
            c.stop();
            d.stop();
            try (Connection db = Database.connect();
                    Statement s = db.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    @Test
    @Order(2)
    void theRecomputeTheTestedServerRanTodayIsNotRunAgainByAOrB() throws Exception {
        servers();
        try (Connection db = Database.connect()) {
            long[] recompute = longs(
                    db,
                    "select count(*), coalesce(max(attempts), 0), count(finished_at) from core.job_run"
                            + " where job = 'risk-recompute' and occurrence like '" + today + "/schema %'");
            assertThat(recompute)
                    .as("today's start-up recompute: one row for three servers")
                    .containsExactly(1, 1, 1);
        }
        assertThat(logged(a, RECOMPUTED_AT_START) + logged(b, RECOMPUTED_AT_START))
                .as("neither A nor B ran it again")
                .isZero();
        assertThat(a.log() + b.log()).contains("risk-recompute " + today + "/schema");
    }

    @Test
    @Order(3)
    void aPersonSignedInOnACarriesOnOnB() throws Exception {
        servers();
        WebSession onA = WebSession.signedInAt(A, "inspector");
        assertThat(onA.get("/index.xhtml").body()).contains("Nguyễn Văn An");
        ProbeServer.awaitSessionsWritten();
        HttpResponse<String> onB = onA.on(B).get("/index.xhtml");
        assertThat(onB.statusCode())
                .as("signed in on B with A's cookies: %s", onB.headers().map())
                .isEqualTo(200);
        assertThat(onB.body()).contains("Nguyễn Văn An");
        for (String server : List.of(A, B)) {
            HttpResponse<String> api = Vigil.sendJsonTo(
                    server, "GET", "/api/v1/legal-provisions?q=karaoke", "", "Authorization", ViolationCases.LEGAL);
            assertThat(api.statusCode())
                    .as("the API on %s: %s", server, api.body())
                    .isEqualTo(200);
        }
    }

    @Test
    @Order(4)
    void forgedAndExpiredSessionsGetTheSignInPage() throws Exception {
        servers();
        WebSession forged = WebSession.signedInAt(A, "inspector");
        forged.setCookie("VIGILSESSION", "0000" + UUID.randomUUID().toString().replace("-", "") + ":forged");
        forged.setCookie("VIGILSSO", "forged" + UUID.randomUUID());
        assertSentToSignIn(forged.on(B).get("/inspection/visits.xhtml"), "a forged session and sign-on cookie on B");
        assertSentToSignIn(forged.get("/inspection/visits.xhtml"), "the same on A");

        // a session that ran out: Liberty's invalidator deletes its rows; B never saw it
        WebSession expired = WebSession.signedInAt(A, "inspector");
        String username = Unique.username("tatmay");
        JsonObject account = AdminData.createUser(username, Vigil.PASSWORD, "INSPECTOR");
        WebSession disabled = WebSession.signedInAt(A, username);
        ProbeServer.awaitSessionsWritten();
        String sessionId = expired.cookie("VIGILSESSION");
        try (Connection db = Database.connect();
                PreparedStatement s =
                        db.prepareStatement("delete from public.vigil_sessions where ? like '%' || id || '%'")) {
            s.setString(1, sessionId);
            assertThat(s.executeUpdate()).as("the session's rows in the store").isPositive();
        }
        assertSentToSignIn(expired.on(B).get("/inspection/visits.xhtml"), "an expired session on B");

        // a session whose account was disabled meanwhile is not signed in again by another server
        HttpResponse<String> off = disableOn(A, account);
        assertThat(off.statusCode()).as("disabled: %s", off.body()).isEqualTo(200);
        assertSentToSignIn(disabled.on(B).get("/inspection/visits.xhtml"), "a disabled account's session on B");
    }

    @Test
    @Order(5)
    void twoHundredDecisionsAndApprovalsSpreadOverBothServers() throws Exception {
        servers();
        String run = UUID.randomUUID().toString().substring(0, 8);
        long provision = DurabilityProof.provision();
        ExecutorService setup = Executors.newFixedThreadPool(8);
        List<Future<JsonObject>> recorded = new ArrayList<>();
        for (int i = 0; i < DECISIONS; i++) {
            recorded.add(setup.submit(() -> DurabilityProof.recordedCase(today, provision)));
        }
        // line c is asked for 20 requests of a million more than it holds (if it holds less than 80 million), line b
        // for the rest in requests of 100,000 đồng
        JsonObject lineB = DurabilityProof.line("b");
        JsonObject lineC = DurabilityProof.line("c");
        int onC = (int) Math.min(APPROVALS, lineC.getJsonNumber("available").longValue() / 1_000_000 + 20);
        List<Future<JsonObject>> requests = new ArrayList<>();
        for (int i = 0; i < APPROVALS; i++) {
            boolean c = i < onC;
            String person = "Người Hai Máy " + run + " " + i;
            requests.add(setup.submit(
                    () -> DurabilityProof.allocatedRequest(person, c ? lineC : lineB, c ? 1_000_000 : 100_000)));
        }

        ConcurrentLinkedQueue<DurabilityProof.Step> acknowledged = new ConcurrentLinkedQueue<>();
        Map<String, Integer> refused = new ConcurrentSkipListMap<>();
        AtomicInteger lost = new AtomicInteger();
        ChainedWrites toA = new ChainedWrites(run, today, acknowledged, refused, lost, () -> {}, A);
        ChainedWrites toB = new ChainedWrites(run, today, acknowledged, refused, lost, () -> {}, B);
        List<Runnable> writes = new ArrayList<>();
        int n = 0;
        for (Future<JsonObject> f : recorded) {
            JsonObject violationCase = f.get();
            ChainedWrites to = n++ % 2 == 0 ? toA : toB;
            writes.add(() -> to.decide(violationCase));
        }
        for (Future<JsonObject> f : requests) {
            JsonObject request = f.get();
            ChainedWrites to = n++ % 2 == 0 ? toA : toB;
            writes.add(() -> to.approveAndDisburse(request));
        }
        setup.shutdown();
        Collections.shuffle(writes, new Random(13));

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        writes.forEach(clients::submit);
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Integer> refusedAtOnce = new java.util.TreeMap<>(refused);

        // a decision refused for the load (its number's counter queued past the statement ceiling; nothing of it was
        // kept) is sent again a moment later, as a client does, on the other server, until every case is decided
        List<JsonObject> cases = new ArrayList<>();
        for (Future<JsonObject> f : recorded) {
            cases.add(f.get());
        }
        int resent = 0;
        for (int round = 0; round < 5; round++) {
            Set<Long> decided = new HashSet<>();
            acknowledged.stream()
                    .filter(step -> step.kind().equals("decision"))
                    .forEach(step -> decided.add(step.id()));
            List<JsonObject> undecided = cases.stream()
                    .filter(c -> !decided.contains(c.getJsonNumber("id").longValue()))
                    .toList();
            if (undecided.isEmpty()) {
                break;
            }
            Thread.sleep(1000);
            ExecutorService again = Executors.newFixedThreadPool(4);
            for (int i = 0; i < undecided.size(); i++) {
                JsonObject violationCase = undecided.get(i);
                ChainedWrites to = (i + round) % 2 == 0 ? toB : toA;
                again.submit(() -> to.decide(violationCase));
                resent++;
            }
            again.shutdown();
            assertThat(again.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }

        Set<String> subjects = new HashSet<>();
        Map<String, Integer> byKind = new java.util.TreeMap<>();
        List<String> decisionNumbers = new ArrayList<>();
        for (DurabilityProof.Step step : acknowledged) {
            byKind.merge(step.kind(), 1, Integer::sum);
            if (step.kind().equals("decision")) {
                decisionNumbers.add(step.detail());
                subjects.add("ViolationCase " + step.id());
            } else {
                subjects.add("SupportRequest " + step.id());
            }
        }
        subjects.add("BudgetLine " + lineB.getJsonNumber("id"));
        subjects.add("BudgetLine " + lineC.getJsonNumber("id"));
        try (Connection db = Database.connect()) {
            List<InvariantCheck.Violation> broken = InvariantCheck.violations(db).stream()
                    .filter(v -> v.rule().equals("DOCUMENT_NUMBER_GAP") || subjects.contains(v.subject()))
                    .toList();
            System.out.printf(
                    "[two-servers] %d decisions and %d approvals sent at once by %d clients over A and B in %.1f s,"
                            + " refused %s; %d decisions sent again; in all acknowledged %s, lost %d; invariants"
                            + " broken: %d%n",
                    DECISIONS, APPROVALS, CLIENTS, seconds, refusedAtOnce, resent, byKind, lost.get(), broken.size());
            assertThat(broken).as("numbers without gap, lines not overspent").isEmpty();
        }
        assertThat(lost).as("no connection lost: both servers live").hasValue(0);
        assertThat(byKind.get("decision")).as("every decision acknowledged").isEqualTo(DECISIONS);
        assertThat(new HashSet<>(decisionNumbers))
                .as("decision numbers without a duplicate")
                .hasSize(DECISIONS);
        assertThat(refused)
                .as("the line asked for more than it holds refuses what it cannot pay")
                .containsKey("400 funds.insufficient");
        assertThat(refused.keySet())
                .as("the load refuses cleanly, by a ceiling, and nothing else is refused")
                .isSubsetOf("400 funds.insufficient", "422 statement-timeout", "503 lock-timeout");
    }

    @Test
    @Order(6)
    void anAccountDisabledOnAIsRefusedByBWithinASecond() throws Exception {
        servers();
        String username = Unique.username("haimay");
        JsonObject account = AdminData.createUser(username, Vigil.PASSWORD, "INSPECTOR");
        String credentials = Vigil.basic(username, Vigil.PASSWORD);
        assertThat(Vigil.sendJsonTo(B, "GET", "/api/v1/me", "", "Authorization", credentials)
                        .statusCode())
                .as("signed in on B, and remembered there for a minute")
                .isEqualTo(200);

        HttpResponse<String> disabled = disableOn(A, account);
        assertThat(disabled.statusCode())
                .as("disabled on A: %s", disabled.body())
                .isEqualTo(200);
        long changed = System.nanoTime();
        // when B has the change: the first request B refused was sent this long after A's change was answered (its
        // own time, a password check now that B forgot the credentials, is told apart)
        long millis = -1;
        long refusalTook = -1;
        while (System.nanoTime() - changed < TimeUnit.SECONDS.toNanos(70)) {
            long sent = System.nanoTime();
            if (Vigil.sendJsonTo(B, "GET", "/api/v1/me", "", "Authorization", credentials)
                            .statusCode()
                    == 401) {
                millis = (sent - changed) / 1_000_000;
                refusalTook = (System.nanoTime() - sent) / 1_000_000;
                break;
            }
            Thread.sleep(20);
        }
        System.out.printf(
                "[two-servers] an account disabled on A: B refused a request sent %d ms later (the refusal took %d ms)%n",
                millis, refusalTook);
        assertThat(millis)
                .as("B has the change within a second, not after its cache's minute")
                .isBetween(0L, 999L);
    }

    @Test
    @Order(7)
    void aCaseHalfWayThroughItsStepsWhenAIsKilledIsFinishedOnB() throws Exception {
        servers();
        long provision = DurabilityProof.provision();
        WebSession officer = WebSession.signedInAt(A, "legal");
        JsonObject opened = ViolationCases.openedByHand(LocalDate.parse(today));
        JsonObject recorded = stepOn(
                A,
                opened,
                "record",
                "{\"violatorKind\":\"ORGANISATION\",\"violatorName\":\"Công ty TNHH Karaoke Hai Máy\","
                        + "\"provisionIds\":[" + provision + "],\"recordedOn\":\"" + today + "\"}");
        String page = "/legal/case.xhtml?id=" + recorded.getJsonNumber("id");
        assertThat(officer.get(page).statusCode()).as("the case's page on A").isEqualTo(200);
        ProbeServer.awaitSessionsWritten();

        ProcessHandle serverA = new ServerProcess(wlp, "twoserver-a").find().orElseThrow();
        serverA.destroyForcibly(); // SIGKILL: nothing is written on the way out
        serverA.onExit().get(1, TimeUnit.MINUTES);

        JsonObject decided = stepOn(B, recorded, "decision", "{\"decidedOn\":\"" + today + "\",\"fines\":[25000000]}");
        JsonObject delivered = stepOn(B, decided, "delivery", "{\"deliveredOn\":\"" + today + "\",\"refused\":false}");
        JsonObject paid = stepOn(
                B,
                delivered,
                "payments",
                "{\"receiptNumber\":\"BL-HM-" + recorded.getJsonNumber("id") + "\",\"paidOn\":\"" + today
                        + "\",\"amount\":25000000}");
        assertThat(paid.getString("status")).as("paid in full: %s", paid).isIn("PAID", "CLOSED");

        HttpResponse<String> onB = officer.on(B).get(page);
        assertThat(onB.statusCode())
                .as("the officer's page, on B: %s", onB.headers().map())
                .isEqualTo(200);
        assertThat(onB.body()).contains(decided.getString("decisionNumber"));
        System.out.printf(
                "[two-servers] case %s recorded on A, A killed -9, decided (%s), delivered and paid on B%n",
                recorded.getJsonNumber("id"), decided.getString("decisionNumber"));
    }

    @AfterAll
    void stop() throws IOException {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    /** Starts A and B over the test database once, for every test after the first. */
    private void servers() throws Exception {
        if (a == null) {
            String database = ProbeServer.database(ProbeServer.testDatabasePort(wlp), null, true);
            a = ProbeServer.copyOfTheTestedServer(wlp, "twoserver-a", PORT_A, database);
            b = ProbeServer.copyOfTheTestedServer(wlp, "twoserver-b", PORT_B, database);
            startTogether(a, b);
        }
    }

    private static String variable(String name, String value) {
        return "  <variable name=\"" + name + "\" value=\"" + value + "\"/>\n";
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static void startTogether(ProbeServer first, ProbeServer second) throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(2);
        List<Future<Object>> started = starting.invokeAll(List.of(
                () -> {
                    first.start();
                    return first.await("/health/ready", r -> r.statusCode() == 200);
                },
                () -> {
                    second.start();
                    return second.await("/health/ready", r -> r.statusCode() == 200);
                }));
        starting.shutdown();
        for (Future<Object> f : started) {
            f.get();
        }
    }

    /** A step of a violation case taken by the legal officer on {@code server}, which must be acknowledged. */
    private static JsonObject stepOn(String server, JsonObject violationCase, String action, String body) {
        HttpResponse<String> answer = Vigil.sendJsonTo(
                server,
                "POST",
                "/api/v1/violation-cases/" + violationCase.getJsonNumber("id") + "/" + action + "?version="
                        + violationCase.getJsonNumber("version"),
                body,
                "Authorization",
                ViolationCases.LEGAL);
        assertThat(answer.statusCode())
                .as(action + " on " + server + ": " + answer.body())
                .isEqualTo(200);
        return Vigil.json(answer).asJsonObject();
    }

    /** The administrator disables the account on {@code server} (the whole account is sent, as the API wants). */
    private static HttpResponse<String> disableOn(String server, JsonObject account) {
        String roles = account.getJsonArray("roles").stream()
                .map(Object::toString)
                .collect(java.util.stream.Collectors.joining(","));
        return Vigil.sendJsonTo(
                server,
                "PUT",
                "/api/v1/users/" + account.getJsonNumber("id"),
                "{\"fullName\":\"" + account.getString("fullName") + "\",\"departmentId\":"
                        + account.getJsonNumber("departmentId") + ",\"roles\":[" + roles + "],\"enabled\":false,"
                        + "\"version\":" + account.getJsonNumber("version") + "}",
                "Authorization",
                AdminData.ADMIN);
    }

    private static void assertSentToSignIn(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).as(what).contains("/login.xhtml");
    }

    private static int migrationsApplied(ProbeServer server) throws IOException {
        Matcher m = MIGRATED.matcher(server.log());
        assertThat(m.find()).as("the server's database start-up line").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static long logged(ProbeServer server, String line) throws IOException {
        return server.log().lines().filter(l -> l.contains(line)).count();
    }

    private static long[] longs(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            long[] values = new long[r.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = r.getLong(i + 1);
            }
            return values;
        }
    }
}
