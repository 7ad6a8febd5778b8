package vn.vigil.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEntryView;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.audit.AuditQuery;

/** The rules around exports: limits, owners, refusals, and when their files are deleted. */
class ExportsTest {

    private final Exports exports = new Exports();
    private final Tasks tasks = new Tasks();
    private final List<String> audited = new ArrayList<>();
    private String caller = "alice";
    private Instant now = Instant.parse("2026-12-06T03:00:00Z");

    private static final ExportedList<String> NAMES = new ExportedList<>(
            "names",
            "export.label",
            List.of(ExportColumn.of("export.download", name -> name)),
            page -> new Page<>(List.of("An", "Bình", "Chi"), 3, 0, 200),
            "");

    @BeforeEach
    void setUp() {
        exports.executor = tasks;
        exports.actor = new CurrentActor() {
            @Override
            public String username() {
                return caller;
            }

            @Override
            public boolean hasRole(Role role) {
                return true;
            }
        };
        exports.audit = new AuditLog() {
            @Override
            public void record(AuditEvent event) {
                audited.add(caller + " " + event.action() + " " + event.detail());
            }

            @Override
            public void record(String actor, AuditEvent event) {
                audited.add(actor + " " + event.action() + " " + event.detail());
            }

            @Override
            public Page<AuditEntryView> search(AuditQuery query, PageRequest page) {
                throw new UnsupportedOperationException();
            }

            @Override
            public vn.vigil.core.api.audit.AuditChainStatus verifyChain() {
                throw new UnsupportedOperationException();
            }
        };
        exports.perUser = 2;
        exports.atOnce = 4;
        exports.keepMinutes = 30;
        exports.maxRows = 1_000_000;
        exports.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        exports.openFolder();
    }

    @Test
    void aPersonHasAtMostTwoExportsWaitingAndEveryoneTogetherFour() {
        start();
        start();
        assertThatThrownBy(this::start).isInstanceOf(ExportsBusy.class);
        caller = "bob";
        start();
        start();
        caller = "chi";
        assertThatThrownBy(this::start).isInstanceOf(RejectedExecutionException.class);
        tasks.runAll();
        assertThat(start().state()).isEqualTo("QUEUED");
    }

    @Test
    void onlyItsOwnerSeesAnExportAndItsFileIsDeletedOnceDownloaded() throws IOException {
        ExportStatus started = start();
        tasks.runAll();
        assertThat(exports.status(started.id()).ready()).isTrue();
        assertThat(exports.status(started.id()).rows()).isEqualTo(3);

        caller = "bob";
        assertThat(exports.mine()).isEmpty();
        assertThatThrownBy(() -> exports.status(started.id())).isInstanceOf(ExportNotFound.class);
        assertThatThrownBy(() -> exports.download(started.id())).isInstanceOf(ExportNotFound.class);

        caller = "alice";
        Exports.Download download = exports.download(started.id());
        assertThat(download.fileName()).startsWith("vigil-names-").endsWith(".csv");
        try (InputStream in = download.content()) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(CsvTable.BOM + "Tải về\r\nAn\r\nBình\r\nChi\r\n");
        }
        assertThatThrownBy(() -> exports.status(started.id())).isInstanceOf(ExportNotFound.class);
        assertThat(filesLeft()).isEmpty();
        assertThat(audited)
                .containsExactly(
                        "alice EXPORT_STARTED list=names format=CSV rows=3",
                        "alice EXPORT_DOWNLOADED list=names format=CSV rows=3");
    }

    @Test
    void aListTheCallerMayNotSeeStartsNothing() {
        ExportedList<String> refused = new ExportedList<>(
                "secret",
                "export.label",
                NAMES.columns(),
                page -> {
                    throw new AccessDeniedException();
                },
                "");
        assertThatThrownBy(() -> exports.start(refused, ExportFormat.XLSX, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tasks.waiting).isEmpty();
        assertThat(exports.mine()).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void aFileNobodyDownloadsIsDeletedAfterItsTime() throws IOException {
        ExportStatus started = start();
        tasks.runAll();
        assertThat(filesLeft()).hasSize(1);
        now = now.plus(Duration.ofMinutes(29));
        exports.deleteExpired();
        assertThat(exports.status(started.id()).ready()).isTrue();
        now = now.plus(Duration.ofMinutes(2));
        exports.deleteExpired();
        assertThatThrownBy(() -> exports.status(started.id())).isInstanceOf(ExportNotFound.class);
        assertThat(filesLeft()).isEmpty();
    }

    @Test
    void aStoppedExportIsGoneForItsOwnerAndItsWriterDeletesIt() throws IOException {
        ExportStatus started = start();
        exports.discard(started.id());
        assertThat(exports.mine()).isEmpty();
        tasks.runAll();
        assertThat(filesLeft()).isEmpty();
        start();
        start();
    }

    private ExportStatus start() {
        return exports.start(NAMES, ExportFormat.CSV, Locale.forLanguageTag("vi"));
    }

    private List<Path> filesLeft() throws IOException {
        try (var files = Files.list(exports.folder())) {
            return files.toList();
        }
    }

    /** Runs submitted work only when told: what is queued and what ran are plain to see. */
    static final class Tasks extends AbstractExecutorService {

        final List<Runnable> waiting = new ArrayList<>();

        void runAll() {
            List<Runnable> now = List.copyOf(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }

        @Override
        public void execute(Runnable command) {
            waiting.add(command);
        }

        @Override
        public void shutdown() {}

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
