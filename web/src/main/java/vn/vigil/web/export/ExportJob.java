package vn.vigil.web.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * One export: whose it is, what it writes, how far it got, and its file once written. Its counters are written by the
 * background thread and read by the owner's polls.
 */
final class ExportJob {

    enum State {
        QUEUED,
        RUNNING,
        READY,
        FAILED
    }

    final String id;
    final String owner;
    final String list;
    final String titleKey;
    final ExportFormat format;
    final Locale locale;
    final Instant startedAt;
    final Path file;

    private volatile State state = State.QUEUED;
    private volatile long rows;
    private volatile long total;
    private volatile boolean totalExact;
    private volatile String failure;
    private volatile Instant finishedAt;
    private volatile boolean cancelled;

    ExportJob(
            String id,
            String owner,
            ExportedList<?> list,
            ExportFormat format,
            Locale locale,
            Path file,
            long total,
            boolean totalExact,
            Instant startedAt) {
        this.id = id;
        this.owner = owner;
        this.list = list.name();
        this.titleKey = list.titleKey();
        this.format = format;
        this.locale = locale;
        this.file = file;
        this.total = total;
        this.totalExact = totalExact;
        this.startedAt = startedAt;
    }

    void running() {
        state = State.RUNNING;
    }

    void written(long rows, long total, boolean totalExact) {
        this.rows = rows;
        this.total = total;
        this.totalExact = totalExact;
    }

    void ready(long rows, Instant at) {
        this.rows = rows;
        this.finishedAt = at;
        state = State.READY;
    }

    void failed(String explanation, Instant at) {
        this.failure = explanation;
        this.finishedAt = at;
        state = State.FAILED;
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    State state() {
        return state;
    }

    boolean active() {
        State s = state;
        return s == State.QUEUED || s == State.RUNNING;
    }

    long rows() {
        return rows;
    }

    /** 0 to 100; 100 only once the file is written or the export failed. */
    int percent() {
        if (!active()) {
            return 100;
        }
        return (int) Math.min(99, rows * 100 / Math.max(1, total));
    }

    /** When it may be deleted though nobody downloaded it: {@code keep} after it ended. */
    boolean expired(Instant now, java.time.Duration keep, java.time.Duration longest) {
        Instant ended = finishedAt;
        return ended == null
                ? startedAt.plus(longest).isBefore(now)
                : ended.plus(keep).isBefore(now);
    }

    String fileName() {
        return "vigil-" + list + "-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
                        .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                        .format(startedAt)
                + "." + format.extension();
    }

    ExportStatus status(java.time.Duration keep) {
        Instant ended = finishedAt;
        return new ExportStatus(
                id,
                list,
                vn.vigil.web.i18n.Bundles.text(locale, titleKey),
                format,
                state.name(),
                rows,
                total,
                totalExact,
                percent(),
                state == State.READY ? fileName() : null,
                startedAt,
                ended == null ? null : ended.plus(keep),
                failure);
    }
}
