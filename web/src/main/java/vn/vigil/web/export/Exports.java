package vn.vigil.web.export;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.BackgroundWork;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.web.StoppedStatement;
import vn.vigil.web.i18n.Bundles;

/**
 * Exports of lists to files, written in the background and downloaded by the person who asked.
 *
 * <p>Starting one reads the list's first page on the caller's thread, through the same service call as the page
 * that shows it: a caller who may not see the list is refused there, before anything is started or written. The
 * rest is written on the bounded background executor ({@link BackgroundWork#EXECUTOR}, which carries the caller's
 * security context) to a temporary file, page by page, each page in its own short transaction.
 *
 * <p>Limits: {@code vigil.exports.per-user} exports of one person running or waiting at once, and
 * {@code vigil.exports.at-once} of everyone (the rest of the executor's queue stays free for imports and
 * recomputes); at most {@code vigil.exports.max-rows} rows a file. A file is deleted once downloaded to its end, or
 * {@code vigil.exports.keep-minutes} after it was written; nobody but its owner sees an export or its file. Every
 * export started and every file downloaded is written to the audit log.
 */
@ApplicationScoped
public class Exports {

    private static final Logger LOG = Logger.getLogger(Exports.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Finished exports kept for one person; the oldest beyond it are deleted. */
    static final int KEPT_PER_USER = 10;
    /** An export not done after this long is cancelled and deleted. */
    static final Duration LONGEST = Duration.ofHours(2);

    /** The bounded background executor (a managed executor service; typed as its interface for tests). */
    @Resource(lookup = BackgroundWork.EXECUTOR)
    ExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "vigil.exports.per-user", defaultValue = "2")
    int perUser;

    @Inject
    @ConfigProperty(name = "vigil.exports.at-once", defaultValue = "4")
    int atOnce;

    @Inject
    @ConfigProperty(name = "vigil.exports.keep-minutes", defaultValue = "30")
    long keepMinutes;

    @Inject
    @ConfigProperty(name = "vigil.exports.max-rows", defaultValue = "1000000")
    long maxRows;

    Clock clock = Clock.systemUTC();
    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();
    private Path folder;

    /** A file to send: its name, type, size and content (deleted once read to its end). */
    public record Download(String fileName, String contentType, long size, InputStream content) {}

    @PostConstruct
    void open() {
        openFolder();
        scheduler.scheduleWithFixedDelay(this::deleteExpired, 1, 1, TimeUnit.MINUTES);
    }

    void openFolder() {
        try {
            folder = Files.createTempDirectory("vigil-exports");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder for exports", e);
        }
    }

    @PreDestroy
    void close() {
        jobs.values().forEach(ExportJob::cancel);
        jobs.values().forEach(this::delete);
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Exports folder not deleted", e);
        }
    }

    /**
     * Starts writing the list to a file in the background.
     *
     * @throws vn.vigil.core.api.AccessDeniedException when the caller may not see the list (nothing is started)
     * @throws ExportsBusy when the caller already has {@code per-user} exports running or waiting
     * @throws RejectedExecutionException when {@code at-once} exports run, or the background executor is full
     */
    public <T> ExportStatus start(ExportedList<T> list, ExportFormat format, Locale locale) {
        deleteExpired();
        String owner = actor.username();
        Locale language = Bundles.supported(locale);
        ExportRun<T> run = new ExportRun<>(list, language);
        Page<T> first = run.firstPage();
        ExportJob job;
        synchronized (this) {
            if (jobs.values().stream()
                            .filter(j -> j.owner.equals(owner) && j.active())
                            .count()
                    >= perUser) {
                throw new ExportsBusy(perUser);
            }
            if (jobs.values().stream().filter(ExportJob::active).count() >= atOnce) {
                throw new RejectedExecutionException("Exports running at once: " + atOnce);
            }
            String id = newId();
            job = new ExportJob(
                    id,
                    owner,
                    list,
                    format,
                    language,
                    folder.resolve(id + "." + format.extension()),
                    first.total(),
                    first.totalExact(),
                    clock.instant());
            jobs.put(id, job);
        }
        try {
            executor.submit(() -> write(run, first, job));
        } catch (RejectedExecutionException full) {
            jobs.remove(job.id);
            throw full;
        }
        audit.record(AuditEvent.of(
                "EXPORT_STARTED",
                "Export",
                job.id,
                "list=" + list.name() + " format=" + format + " rows=" + first.total()
                        + (list.filters().isEmpty() ? "" : " " + list.filters())));
        keepAFew(owner);
        return job.status(keep());
    }

    private <T> void write(ExportRun<T> run, Page<T> first, ExportJob job) {
        if (job.cancelled()) {
            delete(job);
            return;
        }
        job.running();
        try (OutputStream out = Files.newOutputStream(job.file)) {
            long rows = run.write(first, job.format, out, maxRows, job::written, job::cancelled);
            job.ready(rows, clock.instant());
        } catch (DomainException e) {
            job.failed(Bundles.explain(job.locale, e), clock.instant());
            deleteFile(job);
        } catch (IOException | RuntimeException e) {
            Optional<StoppedStatement> stopped = StoppedStatement.in(e);
            if (stopped.isPresent()) {
                stopped.get().log("the export of " + job.list);
                job.failed(Bundles.text(job.locale, stopped.get().reason().messageKey()), clock.instant());
            } else {
                LOG.log(Level.WARNING, "Export " + job.id + " of " + job.list + " failed", e);
                job.failed(Bundles.text(job.locale, "export.failed"), clock.instant());
            }
            deleteFile(job);
        }
        if (job.cancelled()) {
            delete(job);
        }
    }

    /** The caller's exports, newest first. */
    public List<ExportStatus> mine() {
        String owner = actor.username();
        return jobs.values().stream()
                .filter(j -> j.owner.equals(owner) && !j.cancelled())
                .sorted(Comparator.comparing((ExportJob j) -> j.startedAt).reversed())
                .map(j -> j.status(keep()))
                .toList();
    }

    /** One of the caller's exports; another person's is "not found", as if it did not exist. */
    public ExportStatus status(String id) {
        return own(id).status(keep());
    }

    /**
     * The file of one of the caller's exports that is ready; it is deleted once read to its end.
     *
     * @throws ExportNotReady when it is not ready (still running, or failed)
     */
    public Download download(String id) {
        ExportJob job = own(id);
        if (job.state() != ExportJob.State.READY) {
            throw new ExportNotReady();
        }
        InputStream in;
        long size;
        try {
            in = Files.newInputStream(job.file);
            size = Files.size(job.file);
        } catch (IOException gone) {
            throw new ExportNotFound();
        }
        audit.record(AuditEvent.of(
                "EXPORT_DOWNLOADED",
                "Export",
                job.id,
                "list=" + job.list + " format=" + job.format + " rows=" + job.rows()));
        return new Download(job.fileName(), job.format.contentType(), size, new FilterInputStream(in) {
            private boolean ended;

            @Override
            public int read() throws IOException {
                int b = super.read();
                ended |= b < 0;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                ended |= n < 0;
                return n;
            }

            @Override
            public void close() throws IOException {
                super.close();
                if (ended) {
                    delete(job);
                }
            }
        });
    }

    /**
     * Stops one of the caller's exports and deletes it and its file. One still running is gone for its owner at
     * once, but counts against the limits until its writer has seen the stop (at its next page) and deleted it.
     */
    public void discard(String id) {
        ExportJob job = own(id);
        job.cancel();
        if (!job.active()) {
            delete(job);
        }
    }

    private ExportJob own(String id) {
        ExportJob job = id == null ? null : jobs.get(id);
        if (job == null || job.cancelled() || !job.owner.equals(actor.username())) {
            throw new ExportNotFound();
        }
        return job;
    }

    void deleteExpired() {
        Instant now = clock.instant();
        jobs.values().stream()
                .filter(j -> j.expired(now, keep(), LONGEST))
                .toList()
                .forEach(j -> {
                    j.cancel();
                    delete(j);
                });
    }

    private void keepAFew(String owner) {
        List<ExportJob> finished = jobs.values().stream()
                .filter(j -> j.owner.equals(owner) && !j.active())
                .sorted(Comparator.comparing((ExportJob j) -> j.startedAt).reversed())
                .toList();
        finished.stream().skip(KEPT_PER_USER).forEach(this::delete);
    }

    private void delete(ExportJob job) {
        jobs.remove(job.id);
        deleteFile(job);
    }

    private static void deleteFile(ExportJob job) {
        try {
            Files.deleteIfExists(job.file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Export file not deleted: " + job.file, e);
        }
    }

    /** Where the files are written. */
    Path folder() {
        return folder;
    }

    private Duration keep() {
        return Duration.ofMinutes(keepMinutes);
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
