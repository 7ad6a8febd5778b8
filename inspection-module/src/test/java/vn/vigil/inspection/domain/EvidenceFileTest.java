package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;

/** Evidence is recognised by its content, agrees with what it claims, stays within its limit, and is fingerprinted. */
class EvidenceFileTest {

    static final EvidenceLimits LIMITS = new EvidenceLimits(1000, 2000);

    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0);
    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R');
    static final byte[] WEBP = bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ');
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void recognisesEachAcceptedKindByItsLeadingBytes() {
        assertThat(read("a.jpg", "image/jpeg", JPEG).type()).isEqualTo(EvidenceType.JPEG);
        assertThat(read("a.png", "image/png", PNG).type()).isEqualTo(EvidenceType.PNG);
        assertThat(read("a.webp", "image/webp", WEBP).type()).isEqualTo(EvidenceType.WEBP);
        assertThat(read("a.pdf", "application/pdf", PDF).type()).isEqualTo(EvidenceType.PDF);
        assertThat(read("IMG_0001.JPG", "image/jpg", JPEG).type()).isEqualTo(EvidenceType.JPEG);
        assertThat(read("scan", "application/octet-stream", PDF).type()).isEqualTo(EvidenceType.PDF);
        assertThat(read("scan.pdf", null, PDF).type()).isEqualTo(EvidenceType.PDF);
    }

    @Test
    void aPhotoThatIsReallyTextIsRefused() {
        assertThatThrownBy(() -> read(
                        "photo.jpg", "image/jpeg", "Xin chào, đây không phải ảnh".getBytes(StandardCharsets.UTF_8)))
                .satisfies(key("evidence.unsupportedType"));
        assertThatThrownBy(() -> read("a.gif", "image/gif", "GIF89a......".getBytes(StandardCharsets.US_ASCII)))
                .satisfies(key("evidence.unsupportedType"));
    }

    @Test
    void theDeclaredTypeAndTheNameMustAgreeWithTheContent() {
        assertThatThrownBy(() -> read("photo.jpg", "application/pdf", JPEG)).satisfies(key("evidence.typeMismatch"));
        assertThatThrownBy(() -> read("report.pdf", "image/png", PNG)).satisfies(key("evidence.typeMismatch"));
        assertThatThrownBy(() -> read("photo.png", "image/jpeg", JPEG)).satisfies(key("evidence.typeMismatch"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> read("a.jpg", "image/jpeg", new byte[0])).satisfies(key("evidence.empty"));
    }

    @Test
    void eachKindHasItsOwnLimitAndTheStreamIsNeverReadBeyondLimitPlusOne() {
        CountingEndless photo = new CountingEndless(JPEG);
        assertThatThrownBy(() -> EvidenceFile.read("big.jpg", "image/jpeg", photo, LIMITS))
                .satisfies(key("evidence.tooLarge"));
        assertThat(photo.served).isEqualTo(LIMITS.photoBytes() + 1);

        CountingEndless pdf = new CountingEndless(PDF);
        assertThatThrownBy(() -> EvidenceFile.read("big.pdf", "application/pdf", pdf, LIMITS))
                .satisfies(key("evidence.tooLarge"));
        assertThat(pdf.served).isEqualTo(LIMITS.pdfBytes() + 1);

        assertThat(read("edge.jpg", "image/jpeg", padded(JPEG, 1000)).size()).isEqualTo(1000);
        assertThat(read("edge.pdf", "application/pdf", padded(PDF, 1500)).size())
                .isEqualTo(1500);
    }

    @Test
    void theFingerprintIsTheSha256OfTheContentAndTheNameLosesItsFolders() throws Exception {
        byte[] content = padded(PNG, 700);
        EvidenceFile file = read("C:\\Users\\an\\Ảnh\\mặt tiền.png", "image/png", content);

        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(file.sha256()).isEqualTo(expected);
        assertThat(file.content()).isEqualTo(content);
        assertThat(file.fileName()).isEqualTo("mặt tiền.png");
        assertThat(read(" ", null, JPEG).fileName()).isEqualTo("evidence");
    }

    @Test
    void aCaptureTimeInTheFutureIsRefusedAndNoneMeansTheUploadTime() {
        Instant now = Instant.parse("2026-07-30T03:00:00Z");

        assertThat(VisitEvidence.capturedAt(null, now)).isEqualTo(now);
        assertThat(VisitEvidence.capturedAt(now.minusSeconds(3600), now)).isEqualTo(now.minusSeconds(3600));
        assertThat(VisitEvidence.capturedAt(now.plusSeconds(60), now)).isEqualTo(now.plusSeconds(60));
        assertThatThrownBy(() -> VisitEvidence.capturedAt(now.plusSeconds(3600), now))
                .satisfies(key("evidence.capturedInFuture"));
    }

    private static EvidenceFile read(String name, String declared, byte[] content) {
        return EvidenceFile.read(name, declared, new ByteArrayInputStream(content), LIMITS);
    }

    private static byte[] padded(byte[] head, int size) {
        byte[] content = new byte[size];
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static org.assertj.core.api.ThrowingConsumer<Throwable> key(String messageKey) {
        return e -> assertThat(((DomainException) e).messageKey()).isEqualTo(messageKey);
    }

    /** An endless stream starting with {@code head}, counting the bytes it served. */
    private static final class CountingEndless extends InputStream {
        private final byte[] head;
        long served;

        CountingEndless(byte[] head) {
            this.head = head;
        }

        @Override
        public int read() {
            int b = served < head.length ? head[(int) served] & 0xFF : 0x42;
            served++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }
}
