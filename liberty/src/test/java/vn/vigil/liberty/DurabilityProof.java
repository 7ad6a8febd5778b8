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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Run once, alone (it kills the test server): {@code ./mvnw verify -pl liberty -Dit.test=DurabilityProof -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. Sixteen clients send {@value #WRITES} writes at once: receptions of
 * victims (each takes the next case number of the year from a counter) and outreach activities. When
 * {@value #KILL_AFTER} have been acknowledged, the Liberty server's JVM is killed with SIGKILL (kill -9) in the middle
 * of the others; it is started again, and then every write a client saw acknowledged must be there, with its audit
 * entry; every write that is there must be whole; and the case numbers of the year must run without a gap or a
 * duplicate, the counter at the last one.
 */
class DurabilityProof {

    static final int WRITES = 1_600;
    static final int KILL_AFTER = 700;
    static final int CLIENTS = 16;
    static final String SERVER = "vigil";

    private final Path wlp =
            Paths.get(System.getProperty("vigil.wlp-dir", "target/liberty/wlp")).toAbsolutePath();

    record Ack(String kind, String key) {}

    @Test
    void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        long commune = commune();
        ServerProcess server = new ServerProcess(wlp, SERVER);
        ProcessHandle liberty = server.find().orElseThrow(() -> new IllegalStateException("the test server is not up"));

        ConcurrentLinkedQueue<Ack> acknowledged = new ConcurrentLinkedQueue<>();
        java.util.Map<Integer, Integer> refused = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        long[] killedAt = new long[1];
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        for (int i = 0; i < WRITES; i++) {
            boolean reception = i % 2 == 0;
            int n = i;
            clients.submit(() -> {
                try {
                    HttpResponse<String> response = reception
                            ? Vigil.sendJson(
                                    "POST",
                                    "/api/v1/victim-cases",
                                    reception(run, n, today),
                                    "Authorization",
                                    DemoAccount.CASE_WORKER.basicAuth())
                            : Vigil.sendJson(
                                    "POST",
                                    "/api/v1/outreach",
                                    outreach(run, n, today, commune),
                                    "Authorization",
                                    Vigil.basic("daumoi.syt", Vigil.PASSWORD));
                    if (response.statusCode() == 201) {
                        JsonObject body = Vigil.json(response).asJsonObject();
                        acknowledged.add(
                                reception
                                        ? new Ack(
                                                "case",
                                                body.getJsonObject("victimCase").getString("code"))
                                        : new Ack(
                                                "outreach",
                                                body.getJsonNumber("id").toString()));
                    } else {
                        refused.merge(response.statusCode(), 1, Integer::sum);
                    }
                } catch (RuntimeException connectionLost) {
                    failed.incrementAndGet();
                }
                if (acknowledged.size() >= KILL_AFTER && killed.compareAndSet(false, true)) {
                    killedAt[0] = System.nanoTime();
                    liberty.destroyForcibly(); // SIGKILL: no shutdown hook, no transaction finished on the way out
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        assertThat(killed)
                .as("the server was killed in the middle of the writes")
                .isTrue();
        liberty.onExit().get(1, TimeUnit.MINUTES);
        int ackedBeforeKill = acknowledged.size();

        long restart = System.nanoTime();
        start();
        awaitReady();
        long restarted = System.nanoTime();

        List<String> missing = new ArrayList<>();
        int cases = 0;
        int outreach = 0;
        try (Connection c = Database.connect()) {
            for (Ack ack : acknowledged) {
                boolean isCase = ack.kind().equals("case");
                cases += isCase ? 1 : 0;
                outreach += isCase ? 0 : 1;
                String row = isCase
                        ? "select count(*) from victim.victim_case v join victim.person p on p.id = v.person_id"
                                + " where v.code = ?"
                        : "select count(*) from reporting.outreach_activity where id = ?::bigint";
                if (count(c, row, ack.key()) != 1) {
                    missing.add(ack + " not stored");
                }
                String audited = isCase
                        ? "select count(*) from core.audit_entry where action = 'VICTIM_CASE_RECEIVED' and entity_id = ?"
                        : "select count(*) from core.audit_entry where entity_type = 'OutreachActivity' and entity_id = ?";
                if (count(c, audited, ack.key()) != 1) {
                    missing.add(ack + " not audited");
                }
            }
            // every case of this run that is there (acknowledged or not) is whole: its person and its audit entry
            long stored = count(c, "select count(*) from victim.victim_case where received_place = ?", place(run));
            long whole = count(
                    c,
                    "select count(*) from victim.victim_case v join victim.person p on p.id = v.person_id"
                            + " where v.received_place = ? and exists (select 1 from core.audit_entry a"
                            + " where a.action = 'VICTIM_CASE_RECEIVED' and a.entity_id = v.code)",
                    place(run));
            assertThat(whole).as("cases of this run stored whole").isEqualTo(stored);
            assertThat(stored).as("cases stored, acknowledged or in flight").isGreaterThanOrEqualTo(cases);

            String year = today.substring(0, 4);
            try (PreparedStatement s = c.prepareStatement("select count(*), count(distinct code),"
                    + " min(substring(code from 9)::int), max(substring(code from 9)::int),"
                    + " (select last_number from victim.case_code_counter where year = ?::int)"
                    + " from victim.victim_case where code ~ ?")) {
                s.setString(1, year);
                s.setString(2, "^NN-" + year + "-\\d+$");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    long all = rs.getLong(1);
                    assertThat(rs.getLong(2))
                            .as("case numbers of %s without a duplicate", year)
                            .isEqualTo(all);
                    assertThat(rs.getLong(4) - rs.getLong(3) + 1)
                            .as("case numbers of %s without a gap", year)
                            .isEqualTo(all);
                    assertThat(rs.getLong(5))
                            .as("the counter at the last number")
                            .isEqualTo(rs.getLong(4));
                }
            }
        }
        System.out.printf(
                "[durability] %d writes sent by %d clients; killed -9 after %d acknowledged (%.1f s in);"
                        + " %d acknowledged in all (%d receptions, %d outreach), refused by status %s, %d lost with the"
                        + " connection; restarted in %.1f s; acknowledged but missing or unaudited: %d%n",
                WRITES,
                CLIENTS,
                ackedBeforeKill,
                (killedAt[0] - started) / 1e9,
                acknowledged.size(),
                cases,
                outreach,
                refused,
                failed.get(),
                (restarted - restart) / 1e9,
                missing.size());
        assertThat(missing).isEmpty();
    }

    private static String place(String run) {
        return "UBND xã Tân Thành " + run;
    }

    private static String reception(String run, int n, String today) {
        return """
                {"receivedOn":"%s","receivedPlace":"%s","receivedBy":"Công an xã","role":"VICTIM",
                 "nationality":"VN","birthYear":1999,"sex":"FEMALE","consentToProcessing":true,
                 "identity":{"fullName":"Người Thứ %d","idNumber":"09%010d"}}""".formatted(today, place(run), n, n);
    }

    private static String outreach(String run, int n, String today, long commune) {
        return """
                {"heldOn":"%s","kind":"COMMUNITY_MEETING","audiences":["WOMEN"],"communeIds":[%d],\
                "participants":%d,"materials":1,"description":"Họp dân %s số %d"}""".formatted(today, commune, 10 + n, run, n);
    }

    private static long commune() {
        return Vigil.json(Vigil.get(
                        "/api/v1/admin-units?level=COMMUNE&size=1", "Authorization", DemoAccount.ADMIN.basicAuth()))
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private void start() throws IOException, InterruptedException {
        Process start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", SERVER)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(start.waitFor(3, TimeUnit.MINUTES)).isTrue();
    }

    private static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Vigil.send(Vigil.request("/health/ready").GET().build()).statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Vigil did not come back within 4 minutes");
    }

    private static long count(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
