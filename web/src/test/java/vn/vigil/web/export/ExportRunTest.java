package vn.vigil.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageCursor;
import vn.vigil.core.api.PageRequest;
import vn.vigil.web.i18n.Bundles;

/** A list is written page after page to its end, by cursor or by page number, and no further. */
class ExportRunTest {

    record Item(long id, String name) {}

    private static final List<ExportColumn<Item>> COLUMNS =
            List.of(ExportColumn.of("export.download", Item::id), ExportColumn.of("export.label", Item::name));

    private final List<PageRequest> asked = new ArrayList<>();

    @Test
    void followsTheCursorOfEachPageToTheEnd() throws IOException {
        List<String> lines = csv(list(450, true), Long.MAX_VALUE);
        assertThat(lines).hasSize(451);
        assertThat(lines.get(0)).isEqualTo("Tải về,Xuất danh sách:");
        assertThat(lines.get(450)).isEqualTo("450,item 450");
        assertThat(asked).hasSize(3);
        assertThat(asked.get(2).after()).isNotNull();
    }

    @Test
    void readsAListWithoutCursorsByPageNumber() throws IOException {
        List<String> lines = csv(list(400, false), Long.MAX_VALUE);
        assertThat(lines).hasSize(401);
        assertThat(asked).extracting(PageRequest::page).containsExactly(0, 1);
    }

    @Test
    void stopsAtTheMostRowsAFileMayHold() throws IOException {
        assertThat(csv(list(1000, true), 250)).hasSize(251);
        assertThat(asked).hasSize(2);
    }

    @Test
    void cellsComeInThePersonsLanguage() throws IOException {
        ExportedList<Item> list = new ExportedList<>(
                "items",
                "export.label",
                List.of(ExportColumn.yesNo("export.download", item -> item.id() % 2 == 0)),
                page -> new Page<>(List.of(new Item(1, "a"), new Item(2, "b")), 2, 0, 200),
                "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportRun<>(list, Bundles.ENGLISH)
                .write(
                        list.pages().read(PageRequest.first(200)),
                        ExportFormat.CSV,
                        out,
                        10,
                        (r, t, e) -> {},
                        () -> false);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CsvTable.BOM + "Download\r\nNo\r\nYes\r\n");
    }

    /** {@code size} items; pages carry a cursor to the next one, or none (numbered pages only). */
    private ExportedList<Item> list(int size, boolean cursors) {
        return new ExportedList<>(
                "items",
                "export.label",
                COLUMNS,
                request -> {
                    asked.add(request);
                    int from = request.offset();
                    List<Item> items = LongStream.rangeClosed(from + 1L, Math.min(size, from + request.size()))
                            .mapToObj(i -> new Item(i, "item " + i))
                            .toList();
                    String next = cursors && from + items.size() < size
                            ? new PageCursor("items", "q", from + items.size(), "k", from + items.size(), size, true)
                                    .encode()
                            : null;
                    return new Page<>(items, size, true, request.page(), request.size(), next);
                },
                "");
    }

    private List<String> csv(ExportedList<Item> list, long maxRows) throws IOException {
        ExportRun<Item> run = new ExportRun<>(list, Bundles.VIETNAMESE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run.write(run.firstPage(), ExportFormat.CSV, out, maxRows, (rows, total, exact) -> {}, () -> false);
        return List.of(out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n"));
    }
}
