package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.mail.DigestItem;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.core.infrastructure.JobRuns;
import vn.vigil.core.infrastructure.mail.DailyDigestJob;
import vn.vigil.core.infrastructure.mail.JakartaMailer;
import vn.vigil.core.testing.SmtpCatcher;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.inspection.api.OpenCaseCommand;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaViolationCases;

/**
 * The violation part of the daily digest on a real database, in January 2022 (the rules start then) so that no other test's case is due:
 * each legal officer with an address gets one e-mail listing the overdue cases and those due within two days.
 */
class ViolationDigestTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();
    /** A Monday. */
    static final LocalDate TODAY = LocalDate.of(2022, 1, 10);

    final SmtpCatcher smtp = new SmtpCatcher();
    EntityManager em;
    ViolationCasesImpl service;
    FakeStaff staff;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        ViolationDesk desk = new ViolationDesk();
        service = desk.service(em);
        staff = desk.staff;
        staff.add(person(2, "legal2", "phapche2@dongnai.gov.vn", true, Role.LEGAL_OFFICER));
        staff.add(person(3, "legal3", null, true, Role.LEGAL_OFFICER));
        staff.add(person(4, "legal4", "nghiviec@dongnai.gov.vn", false, Role.LEGAL_OFFICER));
        staff.add(person(5, "inspector", "thanhtra@dongnai.gov.vn", true, Role.INSPECTOR));
    }

    @AfterEach
    void close() {
        em.close();
        smtp.close();
    }

    @Test
    void oneRunSendsEachLegalOfficerOneMailWithTheOverdueAndTheSoonDueCasesAndASecondRunNothing() throws Exception {
        // the record is due 2 working days after detection
        ViolationCaseView overdue = open(LocalDate.of(2022, 1, 5)); // due Friday 7 January
        ViolationCaseView dueSoon = open(LocalDate.of(2022, 1, 10)); // due Wednesday 12 January
        ViolationCaseView later = open(LocalDate.of(2022, 1, 11)); // due Thursday 13 January
        assertThat(List.of(overdue, dueSoon, later))
                .extracting(ViolationCaseView::dueRule)
                .containsOnly(ViolationRuleCode.RECORD);

        ViolationDigest digest = new ViolationDigest(new JpaViolationCases(em), staff);
        List<DigestItem> items = digest.dueItems(TODAY);
        assertThat(items)
                .extracting(DigestItem::recipient)
                .containsOnly("legal@dongnai.gov.vn", "phapche2@dongnai.gov.vn");
        assertThat(items).extracting(DigestItem::text).doesNotContain(line(later));

        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        DailyDigestJob job = new DailyDigestJob(
                new JakartaMailer(session(), true),
                new JobRuns(TestDatabase.dataSource(), "this-server", timer, Runnable::run));
        assertThat(job.sendOnce(TODAY, List.of(digest))).isEqualTo(2);
        assertThat(job.sendOnce(TODAY, List.of(digest)))
                .as("a second run the same day")
                .isZero();
        timer.shutdownNow();

        List<SmtpCatcher.Received> received = new ArrayList<>(List.of(smtp.next(), smtp.next()));
        assertThat(smtp.isEmpty()).isTrue();
        received.sort(Comparator.comparing(r -> r.recipients().get(0)));
        assertThat(received.get(0).recipients()).containsExactly("legal@dongnai.gov.vn");
        assertThat(received.get(1).recipients()).containsExactly("phapche2@dongnai.gov.vn");
        for (SmtpCatcher.Received mail : received) {
            MimeMessage message = new MimeMessage(session(), mail.content());
            assertThat(message.getSubject()).isEqualTo("Vigil: 2 việc cần xử lý ngày 10/01/2022");
            String text = (String)
                    ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
            assertThat(text)
                    .contains("Hồ sơ vi phạm quá hạn")
                    .contains("- " + line(overdue) + " (hạn: 07/01/2022)")
                    .contains("Hồ sơ vi phạm đến hạn trong 2 ngày")
                    .contains("- " + line(dueSoon) + " (hạn: 12/01/2022)")
                    .doesNotContain("RECORD")
                    .doesNotContain(line(later));
        }
    }

    @Test
    void everyRuleHasItsWordsSoNoCodeReachesTheMail() {
        for (ViolationRuleCode rule : ViolationRuleCode.values()) {
            String line = ViolationDigest.line(
                    new vn.vigil.inspection.api.CaseDeadlineView(1, "Ánh Dương", null, null, rule, TODAY, 0));
            assertThat(line).startsWith("Hồ sơ số 1 – Ánh Dương: ").doesNotContain(rule.name());
        }
    }

    private static String line(ViolationCaseView c) {
        return "Hồ sơ số " + c.id() + " – chưa lập biên bản: lập biên bản vi phạm hành chính";
    }

    private ViolationCaseView open(LocalDate detected) {
        return inTransaction(em, unused -> service.open(new OpenCaseCommand(null, detected, null)));
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.from", "vigil@dongnai.gov.vn");
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        return Session.getInstance(properties);
    }

    private static StaffMember person(long id, String username, String email, boolean enabled, Role role) {
        return new StaffMember(id, username, username, null, null, null, EnumSet.of(role), enabled, email);
    }
}
