package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The evidence upload at the server's door: an oversized request is refused before it is read, a request that does
 * not say its length is refused, and only inspection staff may upload or read. (Storing a file needs a visit being
 * recorded, which no demo data or REST call provides yet: the stored-file rules are proven on PostgreSQL in the
 * inspection module's EvidenceLockerTest.)
 */
class EvidenceIT {

    private static final String BOUNDARY = "VigilEvidenceBoundary";
    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    @Test
    void aTwoHundredMegabyteUploadIsRefusedQuicklyWithoutBeingRead() {
        long started = System.nanoTime();
        HttpRequest request = upload(
                        "/api/v1/visits/1/evidence",
                        HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBytes(TWO_HUNDRED_MB)),
                                TWO_HUNDRED_MB),
                        DemoAccount.INSPECTOR)
                .expectContinue(true)
                .build();

        HttpResponse<String> response = Vigil.send(request);

        Problems.assertProblem(response, 413);
        assertThat(Problems.detail(response)).contains("20 MB");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aVisitBeingRecordedTakesARealPhotoFromItsPeopleOnlyAndKeepsItByteForByte() throws Exception {
        long visit = VisitRecords.scheduledVisit();
        String lead = DemoAccount.TEAM_LEAD.basicAuth();
        HttpResponse<String> begun =
                Vigil.sendJson("POST", "/api/v1/visits/" + visit + "/record", "", "Authorization", lead);
        assertThat(begun.statusCode()).as(begun.body()).isEqualTo(201);
        String path = "/api/v1/visits/" + visit + "/evidence";

        byte[] text = "Đây không phải là ảnh".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> notAnImage = Vigil.send(upload(
                        path,
                        HttpRequest.BodyPublishers.ofByteArray(multipart("anh.jpg", "image/jpeg", text)),
                        DemoAccount.TEAM_LEAD)
                .build());
        Problems.assertProblem(notAnImage, 400);

        HttpResponse<String> stranger = Vigil.send(upload(
                        path,
                        HttpRequest.BodyPublishers.ofByteArray(
                                multipart("mat-tien.png", "image/png", VisitRecords.png())),
                        DemoAccount.INSPECTOR)
                .setHeader("Authorization", Vigil.basic("kiemtra.snv", Vigil.PASSWORD))
                .build());
        Problems.assertProblem(stranger, 400);
        assertThat(Problems.detail(stranger)).contains("thành viên");

        byte[] png = VisitRecords.png();
        HttpResponse<String> stored = Vigil.send(upload(
                        path,
                        HttpRequest.BodyPublishers.ofByteArray(multipart("mat-tien.png", "image/png", png)),
                        DemoAccount.TEAM_LEAD)
                .build());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        jakarta.json.JsonObject evidence = (jakarta.json.JsonObject) Vigil.json(stored);
        String sha256 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png));
        assertThat(evidence.getString("sha256")).isEqualTo(sha256);

        HttpResponse<byte[]> content =
                VisitRecords.bytes("/api/v1/evidence/" + evidence.getJsonNumber("id") + "/content", lead);
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(png);
        assertThat(Vigil.get(path, "Authorization", lead).body())
                .contains(sha256)
                .doesNotContain("anh.jpg");
    }

    @Test
    void anUploadThatDoesNotSayItsLengthIsRefused() {
        HttpRequest request = upload(
                        "/api/v1/visits/1/evidence",
                        HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBytes(1024)),
                        DemoAccount.INSPECTOR)
                .build();

        Problems.assertProblem(Vigil.send(request), 411);
    }

    @Test
    void aPhotoForAVisitThatDoesNotExistIsNotFoundInTheCallersLanguage() {
        HttpResponse<String> response = Vigil.send(upload(
                        "/api/v1/visits/" + Long.MAX_VALUE + "/evidence",
                        HttpRequest.BodyPublishers.ofByteArray(multipart("photo.jpg", "image/jpeg", jpeg())),
                        DemoAccount.INSPECTOR)
                .header("Accept-Language", "en")
                .build());

        Problems.assertProblem(response, 404);
        assertThat(Problems.detail(response)).contains(String.valueOf(Long.MAX_VALUE));
    }

    @Test
    void aCommitteeViewerNeitherUploadsNorReadsEvidence() {
        HttpResponse<String> upload = Vigil.send(upload(
                        "/api/v1/visits/1/evidence",
                        HttpRequest.BodyPublishers.ofByteArray(multipart("photo.jpg", "image/jpeg", jpeg())),
                        DemoAccount.COMMITTEE)
                .build());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(403);

        for (String path : new String[] {"/api/v1/visits/1/evidence", "/api/v1/evidence/1/content"}) {
            HttpResponse<String> read = Vigil.get(path, "Authorization", DemoAccount.COMMITTEE.basicAuth());
            assertThat(read.statusCode()).as(path + " " + read.body()).isEqualTo(403);
        }
    }

    @Test
    void evidenceThatDoesNotExistIsNotFound() {
        HttpResponse<String> response = Vigil.get(
                "/api/v1/evidence/" + Long.MAX_VALUE + "/content", "Authorization", DemoAccount.LEGAL.basicAuth());

        Problems.assertProblem(response, 404);
    }

    private static HttpRequest.Builder upload(String path, HttpRequest.BodyPublisher body, DemoAccount account) {
        return Vigil.request(path)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", account.basicAuth())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(body);
    }

    private static byte[] multipart(String fileName, String type, byte[] content) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + content.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        System.arraycopy(t, 0, all, h.length + content.length, t.length);
        return all;
    }

    private static byte[] jpeg() {
        byte[] content = new byte[2048];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        content[2] = (byte) 0xFF;
        return content;
    }

    /** {@code size} bytes made up as they are read: nothing of the upload is ever held in memory or on disk. */
    private static final class GeneratedBytes extends InputStream {
        private long left;

        GeneratedBytes(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
        }
    }
}
