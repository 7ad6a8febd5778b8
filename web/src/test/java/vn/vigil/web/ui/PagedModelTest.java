package vn.vigil.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageCursor;
import vn.vigil.core.api.PageRequest;
import vn.vigil.web.StoppedStatement;

/** The lazy table model asks the service once per page shown, as PrimeFaces asks for the count and then the rows. */
class PagedModelTest {

    private static final List<Integer> NUMBERS = IntStream.range(0, 60).boxed().toList();

    private final List<String> calls = new ArrayList<>();
    private String filter = "all";

    private final List<StoppedStatement> explained = new ArrayList<>();

    private final PagedModel<String, Integer> model =
            new PagedModel<>(() -> filter, this::fetch, 25, n -> "n" + n, explained::add);

    private Page<Integer> fetch(String query, PageRequest page) {
        calls.add(query + "@" + page.page() + "x" + page.size() + (page.after() == null ? "" : " after cursor"));
        if ("everything".equals(query)) {
            throw new QueryTimeoutException(
                    "could not execute query",
                    new SQLException("ERROR: canceling statement due to statement timeout", "57014"));
        }
        if ("broken".equals(query)) {
            throw new IllegalStateException("not a stopped statement");
        }
        List<Integer> matching =
                "even".equals(query) ? NUMBERS.stream().filter(n -> n % 2 == 0).toList() : NUMBERS;
        List<Integer> items =
                matching.stream().skip(page.offset()).limit(page.size()).toList();
        // "estimated": a list too long to count, whose total is the database's estimate
        boolean more = page.offset() + items.size() < matching.size();
        String next = more
                ? new PageCursor("numbers", query, page.offset() + page.size(), "0", 0, matching.size(), true).encode()
                : null;
        return new Page<>(items, matching.size(), !"estimated".equals(query), page.page(), page.size(), next);
    }

    private List<Integer> show(int first) {
        model.count(Map.of());
        return model.load(first, 25, Map.of(), Map.of());
    }

    @Test
    void theFirstPageIsFetchedOnceForBothTheCountAndTheRows() {
        assertThat(model.count(Map.of())).isEqualTo(60);
        assertThat(model.load(0, 25, Map.of(), Map.of())).hasSize(25).startsWith(0, 1);

        assertThat(calls).containsExactly("all@0x25");
    }

    @Test
    void saysWhetherTheTotalIsCountedOrEstimated() {
        show(0);
        assertThat(model.isTotalExact()).isTrue();

        filter = "estimated";
        show(0);
        assertThat(model.isTotalExact()).isFalse();
    }

    @Test
    void thePageAfterOneShownContinuesFromItsCursor() {
        show(0);
        calls.clear();

        assertThat(show(25)).startsWith(25, 26);
        assertThat(show(50)).containsExactly(50, 51, 52, 53, 54, 55, 56, 57, 58, 59);
        assertThat(show(0)).startsWith(0, 1);

        assertThat(calls).containsExactly("all@1x25 after cursor", "all@2x25 after cursor", "all@0x25");
    }

    @Test
    void pagingFetchesOnlyThePageAskedFor() {
        show(0);
        calls.clear();

        assertThat(show(50)).containsExactly(50, 51, 52, 53, 54, 55, 56, 57, 58, 59);

        assertThat(calls).containsExactly("all@2x25");
        assertThat(model.getRowCount()).isEqualTo(60);
    }

    @Test
    void aChangedFilterCountsAgainFromTheFirstPage() {
        show(25);
        calls.clear();
        filter = "even";

        assertThat(model.count(Map.of())).isEqualTo(30);
        assertThat(model.load(0, 25, Map.of(), Map.of())).startsWith(0, 2, 4);

        assertThat(calls).containsExactly("even@0x25");
    }

    @Test
    void showingTheSamePageAgainFetchesFreshRows() {
        show(0);
        calls.clear();

        show(0);

        assertThat(calls).containsExactly("all@0x25");
    }

    @Test
    void findsAShownRowByItsKey() {
        model.count(Map.of());
        model.setWrappedData(model.load(25, 25, Map.of(), Map.of()));

        assertThat(model.getRowKey(30)).isEqualTo("n30");
        assertThat(model.getRowData("n30")).isEqualTo(30);
        assertThat(model.getRowData("n3")).as("not on the page shown").isNull();
    }

    @Test
    void aQueryStoppedAtTheCeilingShowsNoRowsAndIsExplainedOncePerRequest() {
        filter = "everything";

        assertThat(show(0)).isEmpty();
        assertThat(model.getRowCount()).isZero();
        assertThat(calls)
                .as("the rows asked for after the count are not fetched again")
                .hasSize(1);
        assertThat(explained)
                .singleElement()
                .extracting(StoppedStatement::reason)
                .isEqualTo(StoppedStatement.Reason.TOO_LONG);
    }

    @Test
    void theNextRequestTriesAStoppedQueryAgain() {
        filter = "everything";
        show(0);
        filter = "all";
        calls.clear();

        assertThat(show(0)).hasSize(25);
        assertThat(calls).containsExactly("all@0x25");

        filter = "everything";
        show(0);
        calls.clear();
        show(0);
        assertThat(calls).as("the same filter once more is asked again").containsExactly("everything@0x25");
    }

    @Test
    void otherFailuresAreNotExplainedAway() {
        filter = "broken";

        assertThatThrownBy(() -> model.count(Map.of())).isInstanceOf(IllegalStateException.class);
        assertThat(explained).isEmpty();
    }
}
