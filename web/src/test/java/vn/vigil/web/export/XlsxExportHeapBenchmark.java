package vn.vigil.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageCursor;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentSummary;
import vn.vigil.web.export.lists.EstablishmentsExport;
import vn.vigil.web.i18n.Bundles;

/**
 * Benchmark, not part of the default test suite (its name does not end in "Test"): an export of 100,000
 * establishments to XLSX through the export mechanism, with the registry's own columns, pages of 200 handed out
 * with keyset cursors as the registry's search does, written to a temporary file as a background export is. Measures
 * the live heap (used right after a full collection) every 10,000 rows and the collections' work from the GC
 * MXBeans. Run it with {@code bench/exports-heap.sh} (or {@code -Dtest=XlsxExportHeapBenchmark}); the figure goes to
 * docs/performance.md ("Exports").
 */
class XlsxExportHeapBenchmark {

    static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    static final long LIMIT = 100L * 1024 * 1024;

    @Test
    void aHundredThousandRowsToXlsxGrowTheHeapByLessThan100MB() throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = liveHeap(memory);
        AtomicLong maxLive = new AtomicLong(baseline);
        long gcBefore = gcMillis();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);

        ExportedList<EstablishmentSummary> list = new ExportedList<>(
                "establishments", "establishments.title", EstablishmentsExport.COLUMNS, this::page, "");
        ExportRun<EstablishmentSummary> run = new ExportRun<>(list, Bundles.VIETNAMESE);
        Path file = Files.createTempFile("vigil-bench-", ".xlsx");
        long started = System.nanoTime();
        long written;
        try (OutputStream out = Files.newOutputStream(file)) {
            written = run.write(
                    run.firstPage(),
                    ExportFormat.XLSX,
                    out,
                    Long.MAX_VALUE,
                    (rows, total, exact) -> {
                        if (rows % 10_000 == 0) {
                            maxLive.accumulateAndGet(liveHeap(memory), Math::max);
                        }
                    },
                    () -> false);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakUsed = heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long growth = maxLive.get() - baseline;
        long size = Files.size(file);
        int sheetRows = rowsIn(file);
        Files.delete(file);

        System.out.printf(
                "XLSX export of %,d rows: %.1f s, file %,d KB; live heap before %,d KB, at most %,d KB while writing"
                        + " (growth %,d KB); peak heap in use incl. garbage %,d KB; GC time %,d ms; max heap %,d MB%n",
                written,
                seconds,
                size / 1024,
                baseline / 1024,
                maxLive.get() / 1024,
                growth / 1024,
                peakUsed / 1024,
                gcMillis() - gcBefore,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        assertThat(written).isEqualTo(ROWS);
        assertThat(sheetRows).isEqualTo(ROWS + 1);
        assertThat(growth).isLessThan(LIMIT);
    }

    /** One page of 200 generated establishments after the cursor's row, with a cursor to the next. */
    private Page<EstablishmentSummary> page(vn.vigil.core.api.PageRequest request) {
        int from = request.offset();
        int to = Math.min(ROWS, from + request.size());
        List<EstablishmentSummary> items = IntStream.range(from, to)
                .mapToObj(i -> new EstablishmentSummary(
                        i + 1L,
                        "Cơ sở kinh doanh karaoke Hoa Hồng số " + i,
                        "3600" + (1_000_000 + i),
                        "Nguyễn Văn Chủ " + (i % 977),
                        i + " đường Võ Thị Sáu, khu phố " + (i % 40),
                        75_000L + i % 95,
                        "Phường Trấn Biên " + (i % 95),
                        1 + i % 12,
                        "Karaoke",
                        "Karaoke",
                        i % 101,
                        i % 101 >= 70,
                        EstablishmentStatus.values()[i % EstablishmentStatus.values().length]))
                .toList();
        String next = to < ROWS ? new PageCursor("establishments", "q", to, "k" + to, to, ROWS, true).encode() : null;
        return new Page<>(items, ROWS, true, request.page(), request.size(), next);
    }

    /** Heap in use right after a full collection: what the export holds, without its garbage. */
    private static long liveHeap(MemoryMXBean memory) {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /** Rows of the first sheet, counted in its XML as it streams by (the sheet is never in memory). */
    private static int rowsIn(Path file) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            try (var sheet =
                    new java.io.BufferedInputStream(reader.getSheetsData().next())) {
                byte[] tag = "<row ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                int count = 0;
                int matched = 0;
                for (int b = sheet.read(); b >= 0; b = sheet.read()) {
                    matched = b == tag[matched] ? matched + 1 : (b == tag[0] ? 1 : 0);
                    if (matched == tag.length) {
                        count++;
                        matched = 0;
                    }
                }
                return count;
            }
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new IOException(e);
        }
    }
}
