package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

/**
 * Visits of the demo team "Đoàn kiểm tra liên ngành số 1" (lead: teamlead; inspector goes too), scheduled over REST at
 * a random past hour so no test books a person or an establishment twice.
 */
final class VisitRecords {

    static final String TEAM = "Đoàn kiểm tra liên ngành số 1";

    private VisitRecords() {}

    /** Schedules a visit of an operating establishment by the demo team; returns the visit id. */
    static long scheduledVisit() {
        // from 2022, when the statutory periods of the rule table start: a visit's case is due from its day
        return scheduledVisit(LocalDateTime.of(2022, 1, 3, 8, 0), 4 * 365);
    }

    /**
     * A visit of the demo team in the last 300 days: its case, detected on the day of the visit, is still inside
     * the limitation period, so a sanction decision can be issued.
     */
    static long recentVisit() {
        LocalDateTime today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).atTime(8, 0);
        return scheduledVisit(today.minusDays(301), 300);
    }

    private static long scheduledVisit(LocalDateTime from, int days) {
        for (int attempt = 0; attempt < 5; attempt++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            LocalDateTime start = from.plusDays(random.nextInt(days)).plusHours(random.nextInt(10));
            String body = "{\"establishmentId\":" + establishment(random.nextInt(30)) + ",\"teamId\":" + team()
                    + ",\"kind\":\"UNANNOUNCED\",\"start\":\"" + start + "\",\"end\":\"" + start.plusHours(2) + "\"}";
            HttpResponse<String> scheduled =
                    Vigil.sendJson("POST", "/api/v1/visits", body, "Authorization", DemoAccount.TEAM_LEAD.basicAuth());
            if (scheduled.statusCode() == 201) {
                return ((JsonObject) Vigil.json(scheduled)).getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("could not schedule a visit of the demo team");
    }

    static long team() {
        HttpResponse<String> teams = Vigil.get("/api/v1/teams", "Authorization", DemoAccount.TEAM_LEAD.basicAuth());
        assertThat(teams.statusCode()).as(teams.body()).isEqualTo(200);
        JsonArray all = Vigil.json(teams) instanceof JsonArray array
                ? array
                : ((JsonObject) Vigil.json(teams)).getJsonArray("items");
        return all.stream()
                .map(JsonObject.class::cast)
                .filter(t -> TEAM.equals(t.getString("name")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** Uploads a small generated PNG as evidence of the visit; returns its evidence id. */
    static long uploadPhoto(long visit, String authorization) {
        String boundary = "vigil" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mat-tien.png\"\r\n"
                                + "Content-Type: image/png\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> stored = Vigil.send(Vigil.request("/api/v1/visits/" + visit + "/evidence")
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        return ((JsonObject) Vigil.json(stored)).getJsonNumber("id").longValue();
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xC0392B);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** GET answering bytes (a PDF). */
    static HttpResponse<byte[]> bytes(String path, String authorization) {
        try {
            return Vigil.client()
                    .build()
                    .send(
                            Vigil.request(path)
                                    .header("Authorization", authorization)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
}
