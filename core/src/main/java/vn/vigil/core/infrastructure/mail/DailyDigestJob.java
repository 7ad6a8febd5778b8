package vn.vigil.core.infrastructure.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.BackgroundWork;
import vn.vigil.core.api.MigrationsCompleted;
import vn.vigil.core.api.OnceAcrossServers;
import vn.vigil.core.api.mail.DailyDigestSource;
import vn.vigil.core.api.mail.DigestItem;
import vn.vigil.core.api.mail.MailMessage;
import vn.vigil.core.api.mail.Mailer;

/**
 * Once a day at {@code vigil.digest.time} (Vietnam time, default 07:00) asks every {@link DailyDigestSource} what
 * is due and mails each recipient one digest. Scheduled only when mail is switched on, on every server: the day is an
 * occurrence {@link OnceAcrossServers once across servers}, so one server sends it and the others find it taken; a
 * server that dies before it has sent the day's digest is taken over by another when its lease runs out (a recipient
 * it had already mailed may then get the day's digest twice: missing a deadline reminder would be worse). A day
 * whose sending time found no server running is not sent later. The scheduler only keeps the time: the digest is
 * long work, run on the bounded background executor, and each source is asked in a transaction of its own with long
 * statements allowed.
 */
@ApplicationScoped
public class DailyDigestJob {

    private static final Logger LOG = Logger.getLogger(DailyDigestJob.class.getName());
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The job's name in {@code core.job_run}; each day is an occurrence. */
    public static final String JOB = "daily-digest";
    /** Long enough for a digest; renewed while one is sent. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    BackgroundWork backgroundWork;

    @Inject
    Instance<DailyDigestSource> sources;

    @Inject
    Mailer mailer;

    @Inject
    OnceAcrossServers once;

    @Inject
    @ConfigProperty(name = "vigil.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "vigil.digest.time", defaultValue = "07:00")
    LocalTime sendAt;

    private Clock clock = Clock.system(VIETNAM);
    private volatile ScheduledFuture<?> daily;

    protected DailyDigestJob() {}

    /** For tests: sends on demand through the given mailer (no claim of the day). */
    DailyDigestJob(Mailer mailer) {
        this(mailer, null);
    }

    /** For tests (also the modules' tests of their digest sources): sends through the mailer, once a day. */
    public DailyDigestJob(Mailer mailer, OnceAcrossServers once) {
        this.mailer = mailer;
        this.once = once;
        this.backgroundWork = OUTSIDE_THE_SERVER;
    }

    /** Out of the server (tests) the sources run in their own transactions, under the test connection's ceilings. */
    private static final BackgroundWork OUTSIDE_THE_SERVER = new BackgroundWork() {
        @Override
        public void allowLongStatements() {}

        @Override
        public <T> T withLongStatements(Supplier<T> work) {
            return work.get();
        }
    };

    void schedule(@Observes MigrationsCompleted ready) {
        if (!enabled) {
            LOG.info("Daily digest not scheduled: mail is switched off (vigil.mail.enabled=false)");
            return;
        }
        long delay = delayUntilNext(ZonedDateTime.now(clock), sendAt).toMillis();
        daily = scheduler.scheduleAtFixedRate(this::handOver, delay, TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
        LOG.info(() -> "Daily digest scheduled at " + sendAt + " Vietnam time");
    }

    @PreDestroy
    void cancel() {
        if (daily != null) {
            daily.cancel(false);
        }
    }

    static Duration delayUntilNext(ZonedDateTime now, LocalTime at) {
        ZonedDateTime next = now.with(at).withSecond(0).withNano(0);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }

    private void handOver() {
        LocalDate today = LocalDate.now(clock);
        try {
            once.runOrTakeOver(JOB, today.toString(), LEASE, () -> send(today, sources));
        } catch (RuntimeException e) {
            // an exception would cancel every later run of a fixed-rate task
            LOG.log(Level.SEVERE, "Daily digest for " + today + " not started", e);
        }
    }

    /** Sends the day's digest unless it was sent already; returns how many e-mails the server took. */
    public int sendOnce(LocalDate today, Iterable<DailyDigestSource> from) {
        int[] sent = {0};
        OnceAcrossServers.Outcome outcome = once.run(JOB, today.toString(), LEASE, () -> sent[0] = send(today, from));
        if (outcome == OnceAcrossServers.Outcome.DONE || outcome == OnceAcrossServers.Outcome.HELD_ELSEWHERE) {
            LOG.info(() -> "Daily digest for " + today + " already sent or being sent; nothing sent again");
        }
        return sent[0];
    }

    /** Collects the day's items from every source and mails them; returns how many e-mails the server took. */
    int send(LocalDate today, Iterable<DailyDigestSource> from) {
        List<DigestItem> items = new ArrayList<>();
        for (DailyDigestSource source : from) {
            try {
                items.addAll(backgroundWork.withLongStatements(() -> source.dueItems(today)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Digest source " + source.getClass().getName() + " failed; skipped", e);
            }
        }
        List<MailMessage> messages = new DigestComposer(Locale.forLanguageTag("vi")).compose(today, items);
        int sent = (int) messages.stream().filter(mailer::send).count();
        LOG.info(() -> String.format(
                "Daily digest for %s: %d item(s), %d of %d e-mail(s) sent",
                today, items.size(), sent, messages.size()));
        return sent;
    }
}
