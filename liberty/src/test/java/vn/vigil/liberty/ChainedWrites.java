package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The steps {@link DurabilityProof} sends while it kills the server: a visit's record begun and saved, a case's
 * decision, a case's two payments, a request's approvals and disbursement, each step sent only once the one before
 * was acknowledged. Every acknowledged
 * step is noted; a refusal is counted by status and code; a step whose connection died ends its chain.
 */
final class ChainedWrites {

    private static final String SECOND_APPROVER = Vigil.basic("ketoan.syt", Vigil.PASSWORD);

    private final String run;
    private final String today;
    private final Queue<DurabilityProof.Step> acknowledged;
    private final Map<String, Integer> refused;
    private final AtomicInteger lost;
    private final Runnable afterEach;
    /** The server the steps go to: the tested one unless another server of the deployment is given. */
    private final String base;

    ChainedWrites(
            String run,
            String today,
            Queue<DurabilityProof.Step> acknowledged,
            Map<String, Integer> refused,
            AtomicInteger lost,
            Runnable afterEach) {
        this(run, today, acknowledged, refused, lost, afterEach, null);
    }

    /** Steps sent to the server at {@code base} (another server of the deployment). */
    ChainedWrites(
            String run,
            String today,
            Queue<DurabilityProof.Step> acknowledged,
            Map<String, Integer> refused,
            AtomicInteger lost,
            Runnable afterEach,
            String base) {
        this.base = base;
        this.run = run;
        this.today = today;
        this.acknowledged = acknowledged;
        this.refused = refused;
        this.lost = lost;
        this.afterEach = afterEach;
    }

    /** A step of a violation case taken by the legal officer, which must be acknowledged (set-up). */
    static JsonObject step(JsonObject violationCase, String action, String body) {
        HttpResponse<String> answer =
                Vigil.sendJson("POST", path(violationCase, action), body, "Authorization", ViolationCases.LEGAL);
        assertThat(answer.statusCode()).as(action + ": " + answer.body()).isEqualTo(200);
        return Vigil.json(answer).asJsonObject();
    }

    void recordVisit(long visit) {
        String record = "/api/v1/visits/" + visit + "/record";
        JsonObject begun = send("record", record, "", DemoAccount.INSPECTOR.basicAuth(), 201);
        if (begun == null) {
            return;
        }
        acknowledged.add(new DurabilityProof.Step("record-begun", visit, ""));
        String finding = "Ghi nhận " + run + " " + visit;
        JsonObject saved = send(
                "record",
                record + "?version=" + begun.getJsonNumber("version"),
                "{\"answers\":[],\"indicators\":[],\"people\":[],\"findings\":[{\"text\":\"" + finding
                        + "\",\"violation\":false}],\"outcome\":\"NO_VIOLATION\"}",
                DemoAccount.TEAM_LEAD.basicAuth(),
                200,
                "PUT");
        if (saved != null) {
            acknowledged.add(new DurabilityProof.Step("record-saved", visit, finding));
        }
    }

    void decide(JsonObject violationCase) {
        JsonObject decided = send(
                "decision",
                path(violationCase, "decision"),
                "{\"decidedOn\":\"" + today + "\",\"fines\":[25000000]}",
                ViolationCases.LEGAL);
        if (decided != null) {
            ack("decision", decided, decided.getString("decisionNumber"));
        }
    }

    void payTwice(JsonObject violationCase) {
        JsonObject now = violationCase;
        long[] amounts = {10_000_000, 15_000_000};
        for (int i = 0; i < amounts.length && now != null; i++) {
            String receipt = "BL-" + run + "-" + id(now) + "-" + (i + 1);
            now = send(
                    "payment",
                    path(now, "payments"),
                    "{\"receiptNumber\":\"" + receipt + "\",\"paidOn\":\"" + today + "\",\"amount\":" + amounts[i]
                            + "}",
                    ViolationCases.LEGAL);
            if (now != null) {
                ack("payment", now, receipt);
            }
        }
    }

    void approveAndDisburse(JsonObject request) {
        String at = "/api/v1/support-requests/" + id(request);
        JsonObject now = send(
                "approval",
                at + "/approval?version=" + request.getJsonNumber("version"),
                "{}",
                DemoAccount.FINANCE.basicAuth());
        if (now != null) {
            ack("approval", now, now.getString("status"));
            if (now.getString("status").equals("FIRST_APPROVED")) {
                now = send("approval", at + "/approval?version=" + now.getJsonNumber("version"), "{}", SECOND_APPROVER);
                if (now != null) {
                    ack("approval", now, now.getString("status"));
                }
            }
        }
        if (now != null) {
            String receipt = "PC-" + run + "-" + id(request);
            now = send(
                    "disbursement",
                    at + "/disbursement?version=" + now.getJsonNumber("version"),
                    "{\"method\":\"TRANSFER\",\"receiptNumber\":\"" + receipt + "\",\"disbursedOn\":\"" + today + "\"}",
                    DemoAccount.FINANCE.basicAuth());
            if (now != null) {
                ack("disbursement", now, receipt);
            }
        }
    }

    /** The answer if acknowledged (200); null if refused or lost with the connection. */
    private JsonObject send(String kind, String path, String body, String authorization) {
        return send(kind, path, body, authorization, 200, "POST");
    }

    private JsonObject send(String kind, String path, String body, String authorization, int acknowledgedAs) {
        return send(kind, path, body, authorization, acknowledgedAs, "POST");
    }

    private JsonObject send(
            String kind, String path, String body, String authorization, int acknowledgedAs, String method) {
        try {
            HttpResponse<String> answer = Vigil.sendJsonTo(
                    base == null ? Vigil.baseUrl() : base, method, path, body, "Authorization", authorization);
            if (answer.statusCode() == acknowledgedAs) {
                return Vigil.json(answer).asJsonObject();
            }
            String code = answer.body().contains("\"code\"")
                    ? Vigil.json(answer).asJsonObject().getString("code", "")
                    : "";
            refused.merge(answer.statusCode() + " " + code, 1, Integer::sum);
            return null;
        } catch (RuntimeException connectionLost) {
            lost.incrementAndGet();
            return null;
        } finally {
            afterEach.run();
        }
    }

    private void ack(String kind, JsonObject answer, String detail) {
        acknowledged.add(new DurabilityProof.Step(kind, id(answer), detail));
    }

    private static long id(JsonObject answer) {
        return answer.getJsonNumber("id").longValue();
    }

    private static String path(JsonObject violationCase, String action) {
        return "/api/v1/violation-cases/" + id(violationCase) + "/" + action + "?version="
                + violationCase.getJsonNumber("version");
    }
}
