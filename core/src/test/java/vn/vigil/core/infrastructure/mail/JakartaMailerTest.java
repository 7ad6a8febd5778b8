package vn.vigil.core.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.mail.MailMessage;
import vn.vigil.core.testing.SmtpCatcher;

class JakartaMailerTest {

    private final SmtpCatcher smtp = new SmtpCatcher();

    @AfterEach
    void stopCatcher() {
        smtp.close();
    }

    static Session session(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.from", "vigil@dongnai.gov.vn");
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        return Session.getInstance(properties);
    }

    @Test
    void sendsTextAndHtmlInUtf8ToEveryRecipient() throws Exception {
        JakartaMailer mailer = new JakartaMailer(session(smtp.port()), true);

        boolean sent = mailer.send(new MailMessage(
                List.of("phapche@dongnai.gov.vn", "truongdoan@dongnai.gov.vn"),
                "Hồ sơ vi phạm sắp đến hạn",
                "Quyết định xử phạt cơ sở Karaoke Ánh Dương đến hạn ngày 30/11/2026.",
                "<p>Quyết định xử phạt cơ sở <b>Karaoke Ánh Dương</b> đến hạn ngày 30/11/2026.</p>"));

        assertThat(sent).isTrue();
        SmtpCatcher.Received received = smtp.next();
        assertThat(received.from()).isEqualTo("vigil@dongnai.gov.vn");
        assertThat(received.recipients()).containsExactly("phapche@dongnai.gov.vn", "truongdoan@dongnai.gov.vn");
        MimeMessage message = new MimeMessage(session(smtp.port()), received.content());
        assertThat(message.getSubject()).isEqualTo("Hồ sơ vi phạm sắp đến hạn");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).containsIgnoringCase("text/plain; charset=UTF-8");
        assertThat(parts.getBodyPart(0).getContent())
                .isEqualTo("Quyết định xử phạt cơ sở Karaoke Ánh Dương đến hạn ngày 30/11/2026.");
        assertThat(parts.getBodyPart(1).getContentType()).containsIgnoringCase("text/html; charset=UTF-8");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<b>Karaoke Ánh Dương</b>");
    }

    @Test
    void switchedOffItSendsNothing() {
        JakartaMailer mailer = new JakartaMailer(session(smtp.port()), false);

        assertThat(mailer.send(new MailMessage(List.of("a@b.vn"), "Thử", "nội dung", "<p>nội dung</p>")))
                .isFalse();
        assertThat(smtp.isEmpty()).isTrue();
    }

    @Test
    void aMailServerThatIsDownIsLoggedNotThrown() {
        int closedPort = smtp.port();
        smtp.close();
        JakartaMailer mailer = new JakartaMailer(session(closedPort), true);

        assertThat(mailer.send(new MailMessage(List.of("a@b.vn"), "Thử", "nội dung", "<p>nội dung</p>")))
                .isFalse();
    }

    @Test
    void aBadAddressIsLoggedNotThrown() {
        JakartaMailer mailer = new JakartaMailer(session(smtp.port()), true);

        assertThat(mailer.send(new MailMessage(List.of("not an address"), "Thử", "nội dung", "<p>nội dung</p>")))
                .isFalse();
        assertThat(smtp.isEmpty()).isTrue();
    }

    @Test
    void aMessageNeedsRecipientsSubjectAndBody() {
        assertThatThrownBy(() -> new MailMessage(List.of(), "Thử", "x", "<p>x</p>"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new MailMessage(List.of("a@b.vn"), " ", "x", "<p>x</p>"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new MailMessage(List.of("a@b.vn"), "Thử", "", "<p>x</p>"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void attachmentsGoAfterTheBodyWithTheirNamesTypesAndExactBytes() throws Exception {
        JakartaMailer mailer = new JakartaMailer(session(smtp.port()), true);
        byte[] sheet = {0x50, 0x4b, 0x03, 0x04, 0, (byte) 0xff, 0x10};
        byte[] pdf = "%PDF-1.7 báo cáo".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        boolean sent = mailer.send(new MailMessage(
                List.of("vanphong@dongnai.gov.vn"),
                "Báo cáo số liệu tháng 11/2026",
                "Kính gửi: Văn phòng Ban Chỉ đạo",
                "<p>Kính gửi: Văn phòng Ban Chỉ đạo</p>",
                List.of(
                        new MailMessage.Attachment(
                                "số-liệu-2026-11.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                sheet),
                        new MailMessage.Attachment("bao-cao-2026-11.pdf", "application/pdf", pdf))));

        assertThat(sent).isTrue();
        MimeMessage message = new MimeMessage(session(smtp.port()), smtp.next().content());
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        assertThat(mixed.getCount()).isEqualTo(3);
        MimeMultipart readable = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(readable.getContentType()).startsWith("multipart/alternative");
        assertThat(readable.getBodyPart(0).getContent()).isEqualTo("Kính gửi: Văn phòng Ban Chỉ đạo");
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(
                        mixed.getBodyPart(1).getFileName()))
                .isEqualTo("số-liệu-2026-11.xlsx");
        assertThat(mixed.getBodyPart(1).getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
        assertThat(mixed.getBodyPart(1).getContentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(mixed.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(sheet);
        assertThat(mixed.getBodyPart(2).getFileName()).isEqualTo("bao-cao-2026-11.pdf");
        assertThat(mixed.getBodyPart(2).getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void attachmentsAboveTenMegabytesAreRefusedBeforeSending() {
        byte[] big = new byte[MailMessage.MAX_ATTACHED_BYTES + 1];

        assertThatThrownBy(() -> new MailMessage(
                        List.of("a@b.vn"),
                        "Thử",
                        "x",
                        "<p>x</p>",
                        List.of(new MailMessage.Attachment("big.pdf", "application/pdf", big))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("mail.attachments.tooLarge");
    }
}
