package vn.vigil.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Legal officers taking violation cases through the statutory workflow after the decision: each opens the deadline
 * board, then a case (its page, then the case by REST for its version), and takes the step the case is waiting for —
 * a decided case's delivery, a delivered case's payment of its whole balance with a receipt, a paid case's closing —
 * opening the case again after each step, until it is closed; then the next case. The steps are real workflow steps
 * (each a row of the case's history, a deadline recomputed, an audit entry) on cases the national data set left
 * standing at those steps, taken from {@code cases.csv} once each (a step cannot be taken twice), so every run needs
 * the list extracted again (bench/load.sh does). Any legal officer may act on any case; the officers are the
 * generated ones and the demo {@code legal} ({@code legal.csv}).
 */
final class LegalOfficers {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<String> STEPPED = Set.of("DECIDED", "DELIVERED", "ENFORCEMENT", "PAID");

    private LegalOfficers() {}

    /** legal.csv: username, taken in turn. */
    static FeederBuilder<String> officers() {
        return csv(Settings.feeder("legal.csv")).circular();
    }

    /** cases.csv: caseId, each once. */
    static FeederBuilder<String> cases() {
        return csv(Settings.feeder("cases.csv")).queue();
    }

    /** Signed in already: works cases one after another until the window ends. */
    static ChainBuilder work() {
        return Vigil.untilWindowEnds(feed(cases())
                .exec(Vigil.page("deadline board page", "/legal/deadlines.xhtml"))
                .exec(Vigil.think())
                .exec(s -> s.set("caseOpen", true))
                .exec(asLongAs(s -> s.getBoolean("caseOpen") && Window.open())
                        .on(exec(Vigil.page("case page", "/legal/case.xhtml?id=#{caseId}"))
                                .exec(Vigil.read("case (REST)", "/api/v1/violation-cases/#{caseId}")
                                        .check(caseState()))
                                .exec(s -> s.set("caseOpen", STEPPED.contains(s.getString("caseStatus"))))
                                .exec(doIf(s -> is(s, "DECIDED")).then(exec(deliver())))
                                .exec(doIf(s -> is(s, "DELIVERED") || is(s, "ENFORCEMENT"))
                                        .then(exec(pay())))
                                .exec(doIf(s -> is(s, "PAID")).then(exec(close())))
                                .exec(Vigil.think()))));
    }

    private static boolean is(Session s, String status) {
        return s.getBoolean("caseOpen") && status.equals(s.getString("caseStatus"));
    }

    private static CheckBuilder[] caseState() {
        return new CheckBuilder[] {
            jsonPath("$.status").saveAs("caseStatus"),
            jsonPath("$.version").ofLong().saveAs("caseVersion"),
            jsonPath("$.balance").ofLong().saveAs("caseBalance")
        };
    }

    private static String today() {
        return LocalDate.now(VIETNAM).toString();
    }

    private static HttpRequestActionBuilder step(String name, String path, java.util.function.Function<Session, String> body) {
        return http(s -> Window.name(name))
                .post("/api/v1/violation-cases/#{caseId}/" + path + "?version=#{caseVersion}")
                .header("Accept", "application/json")
                .body(StringBody(body))
                .asJson()
                .check(status().is(200))
                .check(caseState());
    }

    /** The decision was handed to the violator today. */
    static HttpRequestActionBuilder deliver() {
        return step(
                "step a case: delivery",
                "delivery",
                s -> "{\"deliveredOn\":\"" + today() + "\",\"refused\":false,\"note\":\"Giao trực tiếp cho người vi phạm\"}");
    }

    /** The whole balance paid today at the treasury, with its receipt. */
    static HttpRequestActionBuilder pay() {
        return step(
                "step a case: payment",
                "payments",
                s -> "{\"receiptNumber\":\"BL-" + s.getString("caseId") + "-" + System.currentTimeMillis()
                        + "\",\"paidOn\":\"" + today() + "\",\"amount\":" + s.getLong("caseBalance") + "}");
    }

    /** Paid in full: the case is closed. */
    static HttpRequestActionBuilder close() {
        return step("step a case: close", "steps", s -> "{\"action\":\"CLOSE\",\"reason\":\"Đã nộp đủ tiền phạt\"}");
    }
}
