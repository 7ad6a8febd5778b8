package vn.vigil.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/**
 * Writes a whole list to a stream, page after page of {@value #PAGE} rows: each page read in its own short
 * transaction of the service (the interactive statement ceilings hold), continued from the previous page's cursor
 * (keyset paging) or, for a list without cursors, by page number. Memory holds one page and the writer's window.
 */
final class ExportRun<T> {

    /** Rows read per page: the largest page a list serves. */
    static final int PAGE = PageRequest.MAX_SIZE;

    /** Observes the rows written, for a progress bar. */
    @FunctionalInterface
    interface Progress {
        void written(long rows, long total, boolean totalExact);
    }

    private final ExportedList<T> list;
    private final Locale locale;

    ExportRun(ExportedList<T> list, Locale locale) {
        this.list = list;
        this.locale = locale;
    }

    /** The first page, read on the caller's thread: the services refuse a caller who may not see the list here. */
    Page<T> firstPage() {
        return list.pages().read(PageRequest.first(PAGE));
    }

    /**
     * Writes the list, starting with {@code first}, until its end, the writer's cap, {@code maxRows} or
     * {@code cancelled}. Returns the rows written.
     */
    long write(
            Page<T> first,
            ExportFormat format,
            OutputStream out,
            long maxRows,
            Progress progress,
            BooleanSupplier cancelled)
            throws IOException {
        long written = 0;
        long total = first.total();
        try (TableWriter writer = format.writer(out, locale)) {
            writer.header(
                    vn.vigil.web.i18n.Bundles.text(locale, list.titleKey()),
                    list.columns().stream()
                            .map(c -> vn.vigil.web.i18n.Bundles.text(locale, c.headerKey()))
                            .toList());
            Page<T> page = first;
            int index = 0;
            boolean more = true;
            while (more && !cancelled.getAsBoolean()) {
                for (T row : page.items()) {
                    List<Object> cells = new ArrayList<>(list.columns().size());
                    for (ExportColumn<T> column : list.columns()) {
                        cells.add(column.cell().of(row, locale));
                    }
                    written++;
                    if (!writer.row(cells) || written >= maxRows) {
                        more = false;
                        break;
                    }
                }
                progress.written(written, Math.max(total, written), first.totalExact());
                if (more && hasMore(page, written, total, first.totalExact())) {
                    index++;
                    page = list.pages()
                            .read(
                                    page.next() != null
                                            ? PageRequest.continuing(page.next(), PAGE)
                                            : new PageRequest(index, PAGE));
                } else {
                    more = false;
                }
            }
            writer.finish(Math.max(total, written));
        }
        return written;
    }

    private static boolean hasMore(Page<?> page, long written, long total, boolean exact) {
        if (page.items().isEmpty()) {
            return false;
        }
        if (page.next() != null) {
            return true;
        }
        // a list without cursors: a full page may have a successor
        return page.items().size() >= page.size() && (!exact || written < total);
    }
}
