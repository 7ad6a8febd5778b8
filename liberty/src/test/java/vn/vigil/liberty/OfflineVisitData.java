package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Visits for the offline tests: several of the demo team "Đoàn kiểm tra liên ngành số 1" on one day of its own (a
 * random past day, so the bundle from that day starts with them), and uploads as the offline form sends them.
 */
final class OfflineVisitData {

    record Day(LocalDate day, List<Long> visits) {}

    private OfflineVisitData() {}

    /** {@code count} visits (up to 4) of the demo team on one day that had none of its visits before. */
    static Day visitsOnOneDay(int count) {
        for (int attempt = 0; attempt < 8; attempt++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            LocalDate day = LocalDate.of(2022, 1, 3).plusDays(random.nextInt(4 * 365));
            if (!mine(day).isEmpty()) {
                continue;
            }
            List<Long> visits = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LocalDateTime start = day.atTime(7 + 3 * i, 0);
                Long id = schedule(start);
                if (id == null) {
                    break;
                }
                visits.add(id);
            }
            if (visits.size() == count) {
                return new Day(day, visits);
            }
        }
        throw new AssertionError("could not schedule visits of the demo team on a free day");
    }

    private static List<?> mine(LocalDate day) {
        HttpResponse<String> mine = Vigil.get(
                "/api/v1/visits/mine?from=" + day + "&to=" + day, "Authorization", DemoAccount.INSPECTOR.basicAuth());
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        return Vigil.json(mine).asJsonArray();
    }

    private static Long schedule(LocalDateTime start) {
        for (int attempt = 0; attempt < 5; attempt++) {
            long establishment = establishment(ThreadLocalRandom.current().nextInt(40));
            String body = "{\"establishmentId\":" + establishment + ",\"teamId\":" + VisitRecords.team()
                    + ",\"kind\":\"ANNOUNCED\",\"start\":\"" + start + "\",\"end\":\"" + start.plusHours(2) + "\"}";
            HttpResponse<String> scheduled =
                    Vigil.sendJson("POST", "/api/v1/visits", body, "Authorization", DemoAccount.TEAM_LEAD.basicAuth());
            if (scheduled.statusCode() == 201) {
                return ((JsonObject) Vigil.json(scheduled)).getJsonNumber("id").longValue();
            }
        }
        return null;
    }

    private static long establishment(int page) {
        HttpResponse<String> found = Vigil.get(
                "/api/v1/establishments?status=OPERATING&size=1&page=" + page,
                "Authorization",
                DemoAccount.TEAM_LEAD.basicAuth());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return ((JsonObject) Vigil.json(found))
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    /** The base64 SHA-256 of bytes, as a Repr-Digest carries it. */
    static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A multipart upload of a PNG with a fresh boundary, optional Repr-Digest and Idempotency-Key. */
    static HttpResponse<String> upload(
            long visit, byte[] png, String digest, String key, String authorization, String language) {
        String boundary = "offline" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"anh-hien-truong.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = Vigil.request("/api/v1/visits/" + visit + "/evidence")
                .header("Authorization", authorization)
                .header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (digest != null) {
            request.header("Repr-Digest", "sha-256=:" + digest + ":");
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return Vigil.send(request.build());
    }
}
