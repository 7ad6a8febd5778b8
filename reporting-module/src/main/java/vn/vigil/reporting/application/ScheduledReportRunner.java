package vn.vigil.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.BackgroundWork;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.mail.MailMessage;
import vn.vigil.core.api.mail.Mailer;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.ReportFigures;
import vn.vigil.reporting.api.ScheduledReportComposer;
import vn.vigil.reporting.domain.Recurrence;
import vn.vigil.reporting.domain.RetryPolicy;
import vn.vigil.reporting.infrastructure.ScheduleStore;

/**
 * Sends the scheduled reports that are due, once however many servers run it: each server plans the due sendings of
 * the active schedules (one row per schedule and due time: a second server's plan does nothing), then takes the rows
 * waiting with a lease (FOR UPDATE SKIP LOCKED: two servers never take the same row) and sends them. A failed attempt
 * is tried again after a wait that doubles, a bounded number of times, then recorded as failed. Runs as "system",
 * outside any transaction: every step commits at once.
 */
@ApplicationScoped
public class ScheduledReportRunner {

    private static final Logger LOG = Logger.getLogger(ScheduledReportRunner.class.getName());
    /** How many runs one server sends in one go; the rest wait for the next go. */
    static final int MOST_PER_GO = 20;

    @Inject
    ScheduleStore store;

    @Inject
    ReportFigures figures;

    @Inject
    StaffDirectory staff;

    @Inject
    Mailer mailer;

    @Inject
    BackgroundWork backgroundWork;

    @Inject
    Instance<ScheduledReportComposer> composers;

    @Inject
    @ConfigProperty(name = "vigil.schedules.attempts", defaultValue = "3")
    int attempts;

    @Inject
    @ConfigProperty(name = "vigil.schedules.retry-after", defaultValue = "PT5M")
    Duration retryAfter;

    /** How long a server may take to send one run before another may take it over (its server is presumed dead). */
    @Inject
    @ConfigProperty(name = "vigil.schedules.lease", defaultValue = "PT10M")
    Duration lease;

    private ScheduledReportComposer composer;
    private final String server = serverName();

    protected ScheduledReportRunner() {}

    /** For tests: one "server" with its own name. */
    public ScheduledReportRunner(
            ScheduleStore store,
            ReportFigures figures,
            StaffDirectory staff,
            Mailer mailer,
            ScheduledReportComposer composer,
            RetryPolicy retry,
            Duration lease) {
        this.store = store;
        this.figures = figures;
        this.staff = staff;
        this.mailer = mailer;
        this.composer = composer;
        this.attempts = retry.attempts();
        this.retryAfter = retry.firstWait();
        this.lease = lease;
        this.backgroundWork = OUTSIDE_THE_SERVER;
    }

    /** Out of the server (tests), the figures are read under the test connection's own ceilings. */
    private static final BackgroundWork OUTSIDE_THE_SERVER = new BackgroundWork() {
        @Override
        public void allowLongStatements() {}

        @Override
        public <T> T withLongStatements(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };

    /** Plans the latest due sending of every active schedule not planned yet; returns how many this call planned. */
    public int plan(Instant now) {
        int planned = 0;
        for (ScheduleStore.Row schedule : store.active()) {
            ZonedDateTime due = schedule.recurrence().latestDueAtOrBefore(now.atZone(Recurrence.VIETNAM));
            if (!due.toInstant().isBefore(schedule.activeSince())
                    && store.plan(
                            schedule.id(),
                            due.toInstant(),
                            schedule.recurrence().periodCovered(due.toLocalDate()),
                            false)) {
                planned++;
            }
        }
        return planned;
    }

    /** Takes and sends what is waiting, up to {@link #MOST_PER_GO} runs; returns how many were sent. */
    public int sendWaiting() {
        int abandoned = store.failAbandoned(attempts);
        if (abandoned > 0) {
            LOG.warning(() -> abandoned + " scheduled report(s) failed: their server stopped on the last attempt");
        }
        int sent = 0;
        for (int i = 0; i < MOST_PER_GO; i++) {
            var claimed = store.claimNext(server, (int) Math.max(1, lease.toSeconds()), attempts);
            if (claimed.isEmpty()) {
                break;
            }
            if (send(claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(ScheduleStore.Claimed run) {
        try {
            ScheduleStore.Row schedule =
                    store.find(run.scheduleId()).orElseThrow(() -> new DomainException("schedules.run.deleted"));
            List<String> to = staff.find(schedule.recipientIds()).stream()
                    .filter(StaffMember::enabled)
                    .map(StaffMember::email)
                    .filter(Objects::nonNull)
                    .filter(email -> !email.isBlank())
                    .distinct()
                    .toList();
            if (to.isEmpty()) {
                throw new DomainException("schedules.run.noRecipients");
            }
            // long work: the figures are read with the background statement budget, not a request's
            Figures period =
                    backgroundWork.withLongStatements(() -> figures.figures(schedule.provinceId(), run.period()));
            String province = schedule.provinceId() == null ? null : store.provinceName(schedule.provinceId());
            MailMessage message = composer()
                    .compose(
                            new ScheduledReportComposer.Report(schedule.name(), province, schedule.formats(), period),
                            to);
            if (!mailer.send(message)) {
                throw new DomainException("schedules.run.mailRefused");
            }
            store.sent(run.id(), server, to.size());
            LOG.info(() -> "Scheduled report " + schedule.id() + " for " + run.period() + " sent to " + to.size()
                    + " recipient(s)");
            return true;
        } catch (RuntimeException e) {
            Instant retryAt = new RetryPolicy(attempts, retryAfter)
                    .nextAttempt(run.attempt(), Instant.now())
                    .orElse(null);
            // a known reason is stored as its message key (the page shows it in the reader's language)
            String reason = e instanceof DomainException known
                    ? known.messageKey()
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            store.failed(run.id(), server, reason, retryAt);
            LOG.log(
                    Level.WARNING,
                    "Scheduled report run " + run.id() + " failed (attempt " + run.attempt() + "); "
                            + (retryAt == null ? "not tried again" : "tried again at " + retryAt),
                    e);
            return false;
        }
    }

    private ScheduledReportComposer composer() {
        if (composer == null) {
            composer = composers.get();
        }
        return composer;
    }

    /** This server's name in the claims: host, process and a random part (two servers on one host differ). */
    private static String serverName() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        String id = name + "/" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 120 ? id.substring(id.length() - 120) : id;
    }
}
