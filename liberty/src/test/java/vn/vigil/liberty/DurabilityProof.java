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
        double restartSeconds = restartAfterTheKill(clients, killed, liberty);
        int ackedBeforeKill = acknowledged.size();

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
                restartSeconds,
                missing.size());
        assertThat(missing).isEmpty();
    }

    /** Cases recorded and waiting for their numbered decision; cases delivered and waiting for two payments. */
    static final int DECISIONS = 200;

    static final int PAYMENT_CASES = 200;
    /** Requests of 100,000 đồng on line b: one approval each, all within the line. */
    static final int SMALL_REQUESTS = 200;

    /** Visits of the demo team whose record is begun and saved. */
    static final int VISITS = 120;

    static final int KILL_AFTER_MONEY = 500;

    /** A write the client saw acknowledged: its kind, the case or request, and what the answer said. */
    record Step(String kind, long id, String detail) {}

    /**
     * The same kill -9, aimed at money and numbered documents: decisions (each takes the next decision number of
     * the year), fine payments (two on each case), approvals (one, or two by different officers above the threshold)
     * and disbursements, some on a line asked for more than it holds. Afterwards every acknowledged step is there with
     * its audit entry, and the database's own invariant views find no gap in the document numbers, no fine paid other
     * than the sum of its payments, no request holding other than its amount and no line spent past its amount.
     */
    @Test
    void moneyAndDocumentNumbersSurviveKillNine() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        long provision = provision();
        ServerProcess server = new ServerProcess(wlp, SERVER);
        ProcessHandle liberty = server.find().orElseThrow(() -> new IllegalStateException("the test server is not up"));

        // set up what the writes act on, eight at a time
        ExecutorService setup = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<JsonObject>> recorded = new ArrayList<>();
        List<java.util.concurrent.Future<JsonObject>> delivered = new ArrayList<>();
        for (int i = 0; i < DECISIONS; i++) {
            recorded.add(setup.submit(() -> recordedCase(today, provision)));
        }
        for (int i = 0; i < PAYMENT_CASES; i++) {
            delivered.add(setup.submit(() -> deliveredCase(today, provision)));
        }
        List<java.util.concurrent.Future<Long>> visits = new ArrayList<>();
        for (int i = 0; i < VISITS; i++) {
            visits.add(setup.submit(VisitRecords::scheduledVisit));
        }
        JsonObject lineB = line("b");
        JsonObject lineC = line("c");
        JsonObject lineI = line("i");
        // line c is asked for 20 million more than it holds, line i for three requests more (two approvals each)
        int overC = (int) Math.min(80, lineC.getJsonNumber("available").longValue() / 1_000_000 + 20);
        int overI = (int) (lineI.getJsonNumber("available").longValue() / 10_500_000 + 3);
        List<java.util.concurrent.Future<JsonObject>> requests = new ArrayList<>();
        for (int i = 0; i < SMALL_REQUESTS + overC + overI; i++) {
            String name = "Người Hỗ Trợ " + run + " " + i;
            boolean small = i < SMALL_REQUESTS;
            boolean c = !small && i < SMALL_REQUESTS + overC;
            requests.add(setup.submit(() -> allocatedRequest(
                    name, small ? lineB : c ? lineC : lineI, small ? 100_000 : c ? 1_000_000 : 10_500_000)));
        }
        List<Runnable> chains = new ArrayList<>();
        ConcurrentLinkedQueue<Step> acknowledged = new ConcurrentLinkedQueue<>();
        java.util.Map<String, Integer> refused = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicInteger lost = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        long[] killedAt = new long[1];
        ChainedWrites steps = new ChainedWrites(run, today, acknowledged, refused, lost, () -> {
            if (acknowledged.size() >= KILL_AFTER_MONEY && killed.compareAndSet(false, true)) {
                killedAt[0] = System.nanoTime();
                liberty.destroyForcibly();
            }
        });
        for (var f : visits) {
            long visit = f.get();
            chains.add(() -> steps.recordVisit(visit));
        }
        for (var f : recorded) {
            JsonObject c = f.get();
            chains.add(() -> steps.decide(c));
        }
        for (var f : delivered) {
            JsonObject c = f.get();
            chains.add(() -> steps.payTwice(c));
        }
        for (var f : requests) {
            JsonObject r = f.get();
            chains.add(() -> steps.approveAndDisburse(r));
        }
        setup.shutdown();
        java.util.Collections.shuffle(chains, new java.util.Random(7));
        int possible = 2 * VISITS + DECISIONS + 2 * PAYMENT_CASES + 2 * (SMALL_REQUESTS + overC) + 3 * overI;

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        chains.forEach(clients::submit);
        double restartSeconds = restartAfterTheKill(clients, killed, liberty);
        int ackedBeforeKill = acknowledged.size();

        // back from the outage, the clients approve what still waits on the lines asked for more than they hold, all
        // at once: the lines must refuse what they cannot pay, and nothing else
        ExecutorService again = Executors.newFixedThreadPool(CLIENTS);
        for (var f : requests.subList(SMALL_REQUESTS, requests.size())) {
            long id = f.get().getJsonNumber("id").longValue();
            again.submit(() -> {
                HttpResponse<String> now =
                        Vigil.get("/api/v1/support-requests/" + id, "Authorization", DemoAccount.FINANCE.basicAuth());
                JsonObject current = Vigil.json(now).asJsonObject();
                if (current.getString("status").equals("REQUESTED")) {
                    steps.approveAndDisburse(current);
                }
            });
        }
        again.shutdown();
        assertThat(again.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        List<String> missing = new ArrayList<>();
        java.util.Set<String> subjects = new java.util.HashSet<>();
        java.util.Map<String, Integer> byKind = new java.util.TreeMap<>();
        try (Connection c = Database.connect()) {
            for (Step step : acknowledged) {
                byKind.merge(step.kind(), 1, Integer::sum);
                String id = Long.toString(step.id());
                switch (step.kind()) {
                    case "record-begun" -> {
                        subjects.add("Visit " + id);
                        check(
                                missing,
                                step,
                                c,
                                "select count(*) from inspection.visit_record where visit_id = ?::bigint",
                                id);
                        check(missing, step, c, audited("RECORD_BEGUN", "Visit"), id);
                    }
                    case "record-saved" -> {
                        check(
                                missing,
                                step,
                                c,
                                "select count(*) from inspection.visit_record r join"
                                        + " inspection.visit_record_finding f on f.record_id = r.id where r.visit_id = ?::bigint"
                                        + " and f.text = '" + step.detail() + "'",
                                id);
                        check(missing, step, c, audited("RECORD_SAVED", "Visit"), id);
                    }
                    case "decision" -> {
                        subjects.add("ViolationCase " + id);
                        check(
                                missing,
                                step,
                                c,
                                "select count(*) from violation.violation_case where id = ?::bigint"
                                        + " and decision_number = '" + step.detail() + "'",
                                id);
                        check(missing, step, c, audited("SANCTION_DECISION_ISSUED", "ViolationCase"), id);
                    }
                    case "payment" -> {
                        subjects.add("ViolationCase " + id);
                        check(
                                missing,
                                step,
                                c,
                                "select count(*) from violation.violation_case_payment"
                                        + " where case_id = ?::bigint and receipt_number = '" + step.detail() + "'",
                                id);
                    }
                    case "approval" -> {
                        subjects.add("SupportRequest " + id);
                        check(
                                missing,
                                step,
                                c,
                                "select count(*) from victim.support_request where id = ?::bigint"
                                        + " and (status = 'DISBURSED' or status = '" + step.detail() + "'"
                                        + " or status = 'APPROVED')",
                                id);
                    }
                    case "disbursement" -> {
                        subjects.add("SupportRequest " + id);
                        check(
                                missing,
                                step,
                                c,
                                "select count(*) from victim.support_request where id = ?::bigint"
                                        + " and status = 'DISBURSED' and receipt_number = '" + step.detail() + "'",
                                id);
                        check(missing, step, c, audited("SUPPORT_DISBURSED", "SupportRequest"), id);
                    }
                    default -> throw new IllegalStateException(step.kind());
                }
            }
            // the audit log holds one entry per acknowledged payment and approval (several per case or request)
            java.util.Map<String, Long> perSubject = new java.util.HashMap<>();
            for (Step step : acknowledged) {
                if (step.kind().equals("payment") || step.kind().equals("approval")) {
                    perSubject.merge(step.kind() + " " + step.id(), 1L, Long::sum);
                }
            }
            for (var expected : perSubject.entrySet()) {
                String[] kindAndId = expected.getKey().split(" ");
                long entries = count(
                        c,
                        kindAndId[0].equals("payment")
                                ? audited("FINE_PAYMENT_RECORDED", "ViolationCase")
                                : audited("SUPPORT_APPROVED", "SupportRequest"),
                        kindAndId[1]);
                if (entries < expected.getValue()) {
                    missing.add(
                            expected.getKey() + ": " + expected.getValue() + " acknowledged, " + entries + " audited");
                }
            }
            for (JsonObject line : List.of(lineB, lineC, lineI)) {
                subjects.add("BudgetLine " + line.getJsonNumber("id"));
            }
            List<InvariantCheck.Violation> broken = InvariantCheck.violations(c).stream()
                    .filter(v -> v.rule().equals("DOCUMENT_NUMBER_GAP") || subjects.contains(v.subject()))
                    .toList();
            System.out.printf(
                    "[durability] %d visit-record, money and numbering writes possible, sent by %d clients; killed -9 after %d"
                            + " acknowledged (%.1f s in); %d acknowledged before the restart, %d in all %s; refused %s;"
                            + " %d lost with the connection; restarted in %.1f s; acknowledged but missing or"
                            + " unaudited: %d; invariants broken: %d%n",
                    possible,
                    CLIENTS,
                    ackedBeforeKill,
                    (killedAt[0] - started) / 1e9,
                    ackedBeforeKill,
                    acknowledged.size(),
                    byKind,
                    refused,
                    lost.get(),
                    restartSeconds,
                    missing.size(),
                    broken.size());
            assertThat(missing).isEmpty();
            assertThat(broken)
                    .as("document numbers, fines, reservations and lines after the kill")
                    .isEmpty();
            assertThat(refused)
                    .as("lines asked for more than they hold refuse the excess")
                    .containsKey("400 funds.insufficient");
        }
        assertThat(possible).isGreaterThanOrEqualTo(1_000);
    }

    private static String audited(String action, String entity) {
        return "select count(*) from core.audit_entry where action = '" + action + "' and entity_type = '" + entity
                + "' and entity_id = ?";
    }

    private static void check(List<String> missing, Step step, Connection c, String sql, String id)
            throws SQLException {
        if (count(c, sql, id) < 1) {
            missing.add(step + " not found by " + sql);
        }
    }

    static long provision() {
        HttpResponse<String> found = Vigil.get(
                "/api/v1/legal-provisions?q=" + AdminData.encode("08 giờ đến 24 giờ"),
                "Authorization",
                ViolationCases.LEGAL);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return Vigil.json(found)
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    /** A case opened by hand and recorded, waiting for its decision. */
    static JsonObject recordedCase(String today, long provision) {
        JsonObject opened = ViolationCases.openedByHand(LocalDate.parse(today));
        return ChainedWrites.step(
                opened,
                "record",
                "{\"violatorKind\":\"ORGANISATION\",\"violatorName\":\"Công ty TNHH Giải trí Sao Mai\","
                        + "\"provisionIds\":[" + provision + "],\"recordedOn\":\"" + today + "\"}");
    }

    /** A case decided (a fine of 25 million) and delivered, waiting for its payments. */
    private static JsonObject deliveredCase(String today, long provision) {
        JsonObject decided = ChainedWrites.step(
                recordedCase(today, provision), "decision", "{\"decidedOn\":\"" + today + "\",\"fines\":[25000000]}");
        return ChainedWrites.step(decided, "delivery", "{\"deliveredOn\":\"" + today + "\",\"refused\":false}");
    }

    /** This year's budget line of a support type, as finance reads it. */
    static JsonObject line(String type) {
        HttpResponse<String> lines = Vigil.get(
                "/api/v1/budget-lines?year="
                        + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear(),
                "Authorization",
                DemoAccount.FINANCE.basicAuth());
        assertThat(lines.statusCode()).as(lines.body()).isEqualTo(200);
        return Vigil.json(lines).asJsonArray().stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(l -> l.getString("supportType").equals(type) && !l.getBoolean("yearClosed"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no budget line of type " + type));
    }

    /** A request of a new case, allocated to {@code line}, waiting for its approval. */
    static JsonObject allocatedRequest(String person, JsonObject line, long amount) {
        VictimCases.Case victimCase = VictimCases.openCase(person);
        HttpResponse<String> created = Vigil.sendJson(
                "POST",
                "/api/v1/support-requests",
                "{\"caseId\":" + victimCase.id() + ",\"supportType\":\"" + line.getString("supportType")
                        + "\",\"amount\":" + amount + ",\"purpose\":\"Hỗ trợ\"}",
                "Authorization",
                DemoAccount.CASE_WORKER.basicAuth());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject request = Vigil.json(created).asJsonObject();
        HttpResponse<String> allocated = Vigil.sendJson(
                "POST",
                "/api/v1/support-requests/" + request.getJsonNumber("id") + "/allocation?version="
                        + request.getJsonNumber("version"),
                "{\"budgetLineId\":" + line.getJsonNumber("id") + "}",
                "Authorization",
                DemoAccount.FINANCE.basicAuth());
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
        return Vigil.json(allocated).asJsonObject();
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

    /** Waits for the clients, checks the server was killed among them and starts it again: seconds to ready. */
    private double restartAfterTheKill(ExecutorService clients, AtomicBoolean killed, ProcessHandle liberty)
            throws Exception {
        clients.shutdown();
        assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        assertThat(killed)
                .as("the server was killed in the middle of the writes")
                .isTrue();
        liberty.onExit().get(1, TimeUnit.MINUTES);
        long restart = System.nanoTime();
        start();
        awaitReady();
        return (System.nanoTime() - restart) / 1e9;
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
