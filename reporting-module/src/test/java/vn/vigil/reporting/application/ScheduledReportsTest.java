package vn.vigil.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.ModuleSchema;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.mail.MailMessage;
import vn.vigil.core.api.mail.Mailer;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.infrastructure.mail.JakartaMailer;
import vn.vigil.core.testing.SmtpCatcher;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.reporting.api.Cadence;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.Indicator;
import vn.vigil.reporting.api.Period;
import vn.vigil.reporting.api.ProvinceBreakdown;
import vn.vigil.reporting.api.ReportFigures;
import vn.vigil.reporting.api.ReportFormat;
import vn.vigil.reporting.api.ScheduleCommand;
import vn.vigil.reporting.api.ScheduleRunView;
import vn.vigil.reporting.api.ScheduleView;
import vn.vigil.reporting.api.ScheduledReportComposer;
import vn.vigil.reporting.domain.RetryPolicy;
import vn.vigil.reporting.infrastructure.ScheduleStore;

/**
 * Scheduled reports on a real PostgreSQL, sent through real SMTP to a catcher: servers racing for the same due report
 * send it once; a failed sending is tried again, then shown as failed; a server that dies mid-run leaves the run to
 * another; bad input is refused with its reason, and the database refuses it too.
 */
class ScheduledReportsTest {

    private static final StaffMember HOA = person(9101, "Nguyễn Thị Hoa", true, "hoa.vanphong@dongnai.gov.vn");
    private static final StaffMember MINH = person(9102, "Trần Văn Minh", true, "minh.congan@dongnai.gov.vn");
    private static final StaffMember NO_EMAIL = person(9103, "Lê Văn Không Thư", true, null);
    private static final StaffMember DISABLED = person(9104, "Phạm Thị Nghỉ", false, "nghi@dongnai.gov.vn");
    private static final StaffDirectory STAFF = new Directory(List.of(HOA, MINH, NO_EMAIL, DISABLED));

    private static DataSource db;
    private static long province;

    private final SmtpCatcher smtp = new SmtpCatcher();
    private final List<Figures> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ScheduleStore store;
    private ReportSchedulesImpl schedules;

    @BeforeAll
    static void migrate() throws SQLException {
        TestDatabase.migrate(List.of(
                CoreSchemaAccess.coreSchema(),
                new ModuleSchema("inspection", 10, List.of()),
                new ModuleSchema("victim", 10, List.of()),
                new ModuleSchema("violation", 15, List.of()),
                new ModuleSchema("reporting", 20, List.of())));
        db = TestDatabase.dataSource();
        province = number("select id from core.administrative_unit where level = 'PROVINCE' and valid_to is null"
                + " order by id limit 1");
    }

    @BeforeEach
    void empty() throws SQLException {
        execute("delete from reporting.report_schedule");
        store = new ScheduleStore(db);
        schedules = new ReportSchedulesImpl(store, STAFF, actor(), true);
    }

    @AfterEach
    void stopCatcher() {
        smtp.close();
    }

    @Test
    void serversRacingForTheSameDueReportsSendEachOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(dueSince2000(schedules.create(monthly("Số liệu tháng " + i, List.of(HOA.id(), MINH.id())))));
        }
        ScheduledReportRunner[] servers = {runner(working(), 3), runner(working(), 3), runner(working(), 3)};
        Instant now = Instant.now();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(servers.length);
        List<Future<Integer>> sent = new ArrayList<>();
        for (ScheduledReportRunner server : servers) {
            Callable<Integer> go = () -> {
                start.await();
                server.plan(now);
                return server.sendWaiting();
            };
            sent.add(pool.submit(go));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : sent) {
            total += f.get();
        }
        pool.shutdown();
        // a second round (the next minute's check) sends nothing again
        for (ScheduledReportRunner server : servers) {
            assertThat(server.plan(now.plusSeconds(60))).isZero();
            assertThat(server.sendWaiting()).isZero();
        }

        assertThat(total).isEqualTo(3);
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SmtpCatcher.Received mail = smtp.next();
            assertThat(mail.recipients()).containsExactly(HOA.email(), MINH.email());
            subjects.add(new MimeMessage(session(smtp.port()), mail.content()).getSubject());
        }
        assertThat(smtp.poll(1)).as("a second copy").isNull();
        assertThat(subjects).containsExactlyInAnyOrder("Số liệu tháng 1", "Số liệu tháng 2", "Số liệu tháng 3");
        for (long id : ids) {
            List<ScheduleRunView> runs = schedules.runs(id, 10);
            assertThat(runs).singleElement().satisfies(run -> {
                assertThat(run.status()).isEqualTo(ScheduleRunView.Status.SENT);
                assertThat(run.attempts()).isEqualTo(1);
                assertThat(run.manual()).isFalse();
                assertThat(run.period().from().getDayOfMonth()).isEqualTo(1);
                assertThat(run.finishedAt()).isNotNull();
            });
        }
        assertThat(asked).hasSize(3).allSatisfy(f -> assertThat(f.provinceId()).isNull());
    }

    @Test
    void aFailedSendingIsTriedAgainLaterAndAfterTheLastAttemptShownAsFailed() throws Exception {
        long failing = dueSince2000(schedules.create(monthly("Báo cáo lỗi", List.of(HOA.id()))));
        ScheduledReportRunner down = runner(unreachable(), 2);

        assertThat(down.plan(Instant.now())).isEqualTo(1);
        assertThat(down.sendWaiting()).isZero();
        ScheduleRunView first = schedules.runs(failing, 1).get(0);
        assertThat(first.status()).isEqualTo(ScheduleRunView.Status.RETRY);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.error()).isEqualTo("schedules.run.mailRefused");
        assertThat(first.nextAttemptAt()).isAfter(first.finishedAt());
        assertThat(down.sendWaiting()).as("not before its time").isZero();

        timePasses(failing);
        assertThat(down.sendWaiting()).isZero();
        ScheduleRunView last = schedules.runs(failing, 1).get(0);
        assertThat(last.status()).isEqualTo(ScheduleRunView.Status.FAILED);
        assertThat(last.attempts()).isEqualTo(2);
        assertThat(last.nextAttemptAt()).isNull();
        assertThat(runner(working(), 2).sendWaiting()).as("never tried again").isZero();
        assertThat(smtp.isEmpty()).isTrue();
    }

    @Test
    void aRetryThatSucceedsIsRecordedAsSentOnItsSecondAttempt() throws Exception {
        long schedule = dueSince2000(schedules.create(monthly("Báo cáo thử lại", List.of(MINH.id()))));
        runner(unreachable(), 3).plan(Instant.now());
        runner(unreachable(), 3).sendWaiting();

        timePasses(schedule);
        assertThat(runner(working(), 3).sendWaiting()).isEqualTo(1);

        assertThat(smtp.next().recipients()).containsExactly(MINH.email());
        ScheduleRunView run = schedules.runs(schedule, 1).get(0);
        assertThat(run.status()).isEqualTo(ScheduleRunView.Status.SENT);
        assertThat(run.attempts()).isEqualTo(2);
        assertThat(run.error()).isNull();
    }

    @Test
    void aRunWhoseServerDiedIsTakenOverWhenItsLeaseRunsOut() throws Exception {
        long schedule = dueSince2000(schedules.create(monthly("Báo cáo tiếp quản", List.of(HOA.id()))));
        runner(working(), 3).plan(Instant.now());
        Optional<ScheduleStore.Claimed> taken = store.claimNext("server-that-dies", 600, 3);
        assertThat(taken).isPresent();
        assertThat(runner(working(), 3).sendWaiting())
                .as("while the lease holds")
                .isZero();

        timePasses(schedule);
        assertThat(runner(working(), 3).sendWaiting()).isEqualTo(1);
        assertThat(smtp.next().recipients()).containsExactly(HOA.email());
        assertThat(store.sent(taken.get().id(), "server-that-dies", 1))
                .as("the dead server's late word changes nothing")
                .isFalse();
        assertThat(schedules.runs(schedule, 1).get(0).attempts()).isEqualTo(2);
    }

    @Test
    void aRunWhoseServerDiedOnItsLastAttemptIsShownAsFailedNotTakenAgain() throws Exception {
        long schedule = dueSince2000(schedules.create(monthly("Báo cáo bỏ dở", List.of(HOA.id()))));
        runner(working(), 1).plan(Instant.now());
        assertThat(store.claimNext("server-that-dies", 600, 1)).isPresent();

        timePasses(schedule);
        assertThat(runner(working(), 1).sendWaiting()).isZero();

        ScheduleRunView run = schedules.runs(schedule, 1).get(0);
        assertThat(run.status()).isEqualTo(ScheduleRunView.Status.FAILED);
        assertThat(run.error()).isEqualTo("schedules.run.abandoned");
        assertThat(smtp.isEmpty()).isTrue();
    }

    @Test
    void aNewOrResumedScheduleDoesNotCatchUpOnWhatItMissedAndAPausedOneSendsNothing() throws Exception {
        ScheduleView fresh = schedules.create(monthly("Báo cáo mới", List.of(HOA.id())));
        ScheduledReportRunner server = runner(working(), 3);
        assertThat(server.plan(Instant.now()))
                .as("its last due time was before it existed")
                .isZero();
        assertThat(fresh.nextDueAt()).isAfter(Instant.now());

        dueSince2000(fresh);
        ScheduleView paused =
                schedules.activate(fresh.id(), schedules.get(fresh.id()).version(), false);
        assertThat(paused.active()).isFalse();
        assertThat(paused.nextDueAt()).isNull();
        assertThat(server.plan(Instant.now())).isZero();

        ScheduleView resumed = schedules.activate(fresh.id(), paused.version(), true);
        assertThat(resumed.active()).isTrue();
        assertThat(server.plan(Instant.now())).as("resumed from now on").isZero();
    }

    @Test
    void sendNowRunsTheLatestWholePeriodAsAManualRun() {
        ScheduleView weekly = schedules.create(new ScheduleCommand(
                "Số liệu tuần",
                province,
                Cadence.WEEKLY,
                null,
                DayOfWeek.MONDAY,
                LocalTime.of(7, 0),
                Set.of(ReportFormat.XLSX),
                List.of(HOA.id())));

        ScheduleRunView run = schedules.sendNow(weekly.id());

        assertThat(run.manual()).isTrue();
        assertThat(run.status()).isEqualTo(ScheduleRunView.Status.PENDING);
        assertThat(run.period().from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(run.period().until()).isEqualTo(run.period().from().plusDays(6));
        assertThat(runner(working(), 3).sendWaiting()).isEqualTo(1);
        assertThat(asked)
                .singleElement()
                .satisfies(f -> assertThat(f.provinceId()).isEqualTo(province));
        assertThatThrownBy(() -> new ReportSchedulesImpl(store, STAFF, actor(), false).sendNow(weekly.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("schedules.mailOff");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() throws SQLException {
        List<Long> hoa = List.of(HOA.id());
        assertRefused("schedules.dayOfMonth.invalid", c -> withDay(c, 29));
        assertRefused("schedules.dayOfMonth.invalid", c -> withDay(c, 0));
        assertRefused("schedules.recipients.missing", monthly("Không ai nhận", List.of()));
        assertRefused("schedules.recipient.noEmail", monthly("Không thư", List.of(HOA.id(), NO_EMAIL.id())));
        assertRefused("schedules.recipient.disabled", monthly("Nghỉ việc", List.of(DISABLED.id())));
        assertRefused("schedules.recipient.unknown", monthly("Không có", List.of(424242L)));
        assertRefused("schedules.name.missing", monthly("  ", hoa));
        assertRefused(
                "schedules.format.missing",
                new ScheduleCommand("Không định dạng", null, Cadence.MONTHLY, 5, null, LocalTime.NOON, Set.of(), hoa));
        assertRefused(
                "schedules.province.unknown",
                new ScheduleCommand(
                        "Tỉnh lạ", -1L, Cadence.MONTHLY, 5, null, LocalTime.NOON, Set.of(ReportFormat.PDF), hoa));
        assertRefused(
                "schedules.dayOfWeek.missing",
                new ScheduleCommand(
                        "Tuần", null, Cadence.WEEKLY, null, null, LocalTime.NOON, Set.of(ReportFormat.PDF), hoa));

        assertThat(number("select count(*) from reporting.report_schedule")).isZero();
    }

    @Test
    void theDatabaseRefusesWhatTheServiceRefuses() {
        String columns = "insert into reporting.report_schedule (name, cadence, day_of_month, day_of_week, send_at,"
                + " send_xlsx, send_pdf, recipient_ids, created_by, updated_by) values ";
        List<String> bad = List.of(
                "('a', 'MONTHLY', 29, null, '08:00', true, false, '{1}', 't', 't')",
                "('a', 'MONTHLY', null, null, '08:00', true, false, '{1}', 't', 't')",
                "('a', 'WEEKLY', 5, null, '08:00', true, false, '{1}', 't', 't')",
                "('a', 'MONTHLY', 5, null, '08:00', false, false, '{1}', 't', 't')",
                "('a', 'MONTHLY', 5, null, '08:00', true, false, '{}', 't', 't')",
                "('a', 'MONTHLY', 5, null, '08:00', true, false, '{null}', 't', 't')",
                "(' ', 'MONTHLY', 5, null, '08:00', true, false, '{1}', 't', 't')",
                "('a', 'DAILY', 5, null, '08:00', true, false, '{1}', 't', 't')");
        for (String values : bad) {
            assertThatThrownBy(() -> execute(columns + values))
                    .as(values)
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23514"));
        }
    }

    private void assertRefused(String key, ScheduleCommand command) {
        assertThatThrownBy(() -> schedules.create(command))
                .as(key)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private void assertRefused(String key, Consumer<ScheduleCommand[]> change) {
        ScheduleCommand[] command = {monthly("Ngày sai", List.of(HOA.id()))};
        change.accept(command);
        assertRefused(key, command[0]);
    }

    private static void withDay(ScheduleCommand[] command, int day) {
        ScheduleCommand c = command[0];
        command[0] = new ScheduleCommand(
                c.name(), c.provinceId(), c.cadence(), day, null, c.sendAt(), c.formats(), c.recipientIds());
    }

    private static ScheduleCommand monthly(String name, List<Long> recipients) {
        return new ScheduleCommand(
                name,
                null,
                Cadence.MONTHLY,
                5,
                null,
                LocalTime.of(8, 0),
                Set.of(ReportFormat.XLSX, ReportFormat.PDF),
                recipients);
    }

    /** Lets a schedule send its latest due time (as if created long ago); returns its id. */
    private static long dueSince2000(ScheduleView schedule) throws SQLException {
        execute("update reporting.report_schedule set active_since = timestamptz '2000-01-01 00:00:00+07'"
                + " where id = " + schedule.id());
        return schedule.id();
    }

    private ScheduledReportRunner runner(Mailer mailer, int attempts) {
        return new ScheduledReportRunner(
                new ScheduleStore(db),
                new FixedFigures(),
                STAFF,
                mailer,
                this::compose,
                new RetryPolicy(attempts, Duration.ofMinutes(1)),
                Duration.ofMinutes(5));
    }

    private MailMessage compose(ScheduledReportComposer.Report report, List<String> to) {
        List<MailMessage.Attachment> files = report.formats().stream()
                .sorted()
                .map(f -> new MailMessage.Attachment(
                        "so-lieu." + f.name().toLowerCase(), "application/octet-stream", new byte[] {1, 2, 3}))
                .toList();
        asked.add(report.figures());
        return new MailMessage(to, report.name(), "Số liệu kèm theo", "<p>Số liệu kèm theo</p>", files);
    }

    private Mailer working() {
        return new JakartaMailer(session(smtp.port()), true);
    }

    private static Mailer unreachable() {
        int closed;
        try (SmtpCatcher gone = new SmtpCatcher()) {
            closed = gone.port();
        }
        return new JakartaMailer(session(closed), true);
    }

    private static Session session(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.from", "vigil@dongnai.gov.vn");
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        return Session.getInstance(properties);
    }

    /** As if the wait before the next attempt, and any server's lease, had run out for a schedule's runs. */
    private static void timePasses(long schedule) throws SQLException {
        execute("update reporting.report_run set next_attempt_at = next_attempt_at - interval '1 hour',"
                + " lease_until = lease_until - interval '1 hour' where schedule_id = " + schedule);
    }

    private static long number(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static CurrentActor actor() {
        return new CurrentActor() {
            @Override
            public String username() {
                return "admin";
            }

            @Override
            public boolean hasRole(Role role) {
                return role == Role.ADMIN;
            }
        };
    }

    private static StaffMember person(long id, String name, boolean enabled, String email) {
        return new StaffMember(
                id, "u" + id, name, 1L, "VP", "Văn phòng", Set.of(Role.COMMITTEE_VIEWER), enabled, email);
    }

    /** The staff directory of core, as a list. */
    private record Directory(List<StaffMember> people) implements StaffDirectory {

        @Override
        public List<StaffMember> enabledWith(Set<Role> roles, String text, Long departmentFirst, int limit) {
            throw new UnsupportedOperationException("no picker here");
        }

        @Override
        public List<StaffMember> enabledWith(Set<Role> roles) {
            return people.stream().filter(StaffMember::enabled).toList();
        }

        @Override
        public List<StaffMember> find(Collection<Long> ids) {
            return people.stream().filter(p -> ids.contains(p.id())).toList();
        }

        @Override
        public Optional<StaffMember> findByUsername(String username) {
            return Optional.empty();
        }
    }

    /** A period's figures as ReportFigures gives them, with a small victim count hidden. */
    private final class FixedFigures implements ReportFigures {

        @Override
        public Figures figures(Long provinceId, Period period) {
            Figures figures = new Figures(
                    provinceId,
                    period,
                    Instant.now(),
                    5,
                    List.of(Indicator.of("INS.VISITS_DONE", 12, 9L), new Indicator("VIC.RECEIVED", 0, 0L, true, true)));
            return figures;
        }

        @Override
        public ProvinceBreakdown byCommune(long provinceId, Period period) {
            throw new UnsupportedOperationException();
        }

        @Override
        public vn.vigil.reporting.api.Breakdowns breakdowns(Long provinceId, Period period) {
            throw new UnsupportedOperationException();
        }
    }
}
