package vn.vigil.core.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vigil.core.api.mail.DailyDigestSource;
import vn.vigil.core.api.mail.DigestItem;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.infrastructure.JobRuns;
import vn.vigil.core.testing.SmtpCatcher;
import vn.vigil.core.testing.TestDatabase;

class DailyDigestJobTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String OVERDUE = "Hồ sơ vi phạm quá hạn";
    private static final String DUE_SOON = "Hồ sơ vi phạm đến hạn trong 2 ngày";

    private final SmtpCatcher smtp = new SmtpCatcher();

    @AfterEach
    void stopCatcher() {
        smtp.close();
    }

    @Test
    void eachRecipientGetsOneDigestInVietnameseWithTheItemsOfEverySource() throws Exception {
        DailyDigestSource violations = today -> List.of(
                new DigestItem(
                        "phapche@dongnai.gov.vn",
                        DUE_SOON,
                        "Quyết định xử phạt hồ sơ VP-2026-0012 (Karaoke Ánh Dương)",
                        today.plusDays(2)),
                new DigestItem(
                        "phapche@dongnai.gov.vn", OVERDUE, "Biên bản vi phạm hồ sơ VP-2026-0009", today.minusDays(1)),
                new DigestItem("ThanhTra@dongnai.gov.vn", OVERDUE, "Nộp phạt hồ sơ VP-2026-0003 <quá hạn>", null));
        DailyDigestSource broken = today -> {
            throw new IllegalStateException("this source is down");
        };
        DailyDigestJob job = new DailyDigestJob(new JakartaMailer(JakartaMailerTest.session(smtp.port()), true));

        int sent = job.send(TODAY, List.of(broken, violations));

        assertThat(sent).isEqualTo(2);
        List<SmtpCatcher.Received> received = new ArrayList<>(List.of(smtp.next(), smtp.next()));
        received.sort(Comparator.comparing(r -> r.recipients().get(0).toLowerCase()));
        assertThat(received.get(0).recipients()).containsExactly("phapche@dongnai.gov.vn");
        assertThat(received.get(1).recipients()).containsExactly("ThanhTra@dongnai.gov.vn");

        MimeMessage first = new MimeMessage(
                JakartaMailerTest.session(smtp.port()), received.get(0).content());
        assertThat(first.getSubject()).isEqualTo("Vigil: 2 việc cần xử lý ngày 28/11/2026");
        MimeMultipart parts = (MimeMultipart) first.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        assertThat(text)
                .startsWith("Kính gửi đồng chí, dưới đây là các việc cần xử lý tính đến ngày 28/11/2026:")
                .contains("- Biên bản vi phạm hồ sơ VP-2026-0009 (hạn: 27/11/2026)")
                .contains("- Quyết định xử phạt hồ sơ VP-2026-0012 (Karaoke Ánh Dương) (hạn: 30/11/2026)")
                .contains("Thư này do hệ thống Vigil gửi tự động mỗi ngày");
        assertThat(text.indexOf(OVERDUE)).as("sections in order of urgency").isLessThan(text.indexOf(DUE_SOON));
        assertThat((String) parts.getBodyPart(1).getContent())
                .contains("<h3>" + OVERDUE + "</h3>")
                .contains("<li>Quyết định xử phạt hồ sơ VP-2026-0012 (Karaoke Ánh Dương) (hạn: 30/11/2026)</li>");

        MimeMessage second = new MimeMessage(
                JakartaMailerTest.session(smtp.port()), received.get(1).content());
        assertThat(second.getSubject()).isEqualTo("Vigil: 1 việc cần xử lý ngày 28/11/2026");
        assertThat((String) ((MimeMultipart) second.getContent()).getBodyPart(1).getContent())
                .as("item text is escaped in HTML")
                .contains("<li>Nộp phạt hồ sơ VP-2026-0003 &lt;quá hạn&gt;</li>");
    }

    @Test
    void aSecondRunTheSameDaySendsNothingAndTheNextDaySendsAgain() throws Exception {
        TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema()));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        DailyDigestJob job = new DailyDigestJob(
                new JakartaMailer(JakartaMailerTest.session(smtp.port()), true),
                new JobRuns(TestDatabase.dataSource(), "this-server", timer, Runnable::run));
        // a day of its own: the test database is shared by the module's tests
        LocalDate day =
                LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        DailyDigestSource due =
                today -> List.of(new DigestItem("phapche@dongnai.gov.vn", OVERDUE, "Hồ sơ số 9", today));

        try {
            assertThat(job.sendOnce(day, List.of(due))).isEqualTo(1);
            assertThat(job.sendOnce(day, List.of(due))).isZero();
            assertThat(job.sendOnce(day.plusDays(1), List.of(due))).isEqualTo(1);
        } finally {
            timer.shutdownNow();
        }

        assertThat(smtp.next().recipients()).containsExactly("phapche@dongnai.gov.vn");
        assertThat(smtp.next().recipients()).containsExactly("phapche@dongnai.gov.vn");
        assertThat(smtp.isEmpty()).isTrue();
    }

    @Test
    void nothingDueSendsNothing() {
        DailyDigestJob job = new DailyDigestJob(new JakartaMailer(JakartaMailerTest.session(smtp.port()), true));

        assertThat(job.send(TODAY, List.of(today -> List.of()))).isZero();
        assertThat(smtp.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "at {0} the next 07:00 is {1} away")
    @CsvSource({
        "2026-11-28T06:59:30+07:00[Asia/Ho_Chi_Minh], PT30S",
        "2026-11-28T07:00:00+07:00[Asia/Ho_Chi_Minh], PT24H",
        "2026-11-28T07:00:01+07:00[Asia/Ho_Chi_Minh], PT23H59M59S",
        "2026-12-31T23:00:00+07:00[Asia/Ho_Chi_Minh], PT8H"
    })
    void theDigestRunsAtTheNextSendingTime(String now, String delay) {
        assertThat(DailyDigestJob.delayUntilNext(ZonedDateTime.parse(now), LocalTime.of(7, 0)))
                .isEqualTo(Duration.parse(delay));
    }
}
