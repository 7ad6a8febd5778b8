package vn.vigil.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageCursor;

/** A list is paged by number or continued by the cursor of its previous page, never both. */
class RequestValuesTest {

    private final String cursor = new PageCursor("visits", "q", 40, "1700000000000000", 9, 100, true).encode();

    @Test
    void pagesByNumberWithTheListsDefaultSize() {
        assertThat(RequestValues.page("3", null, null, 25)).satisfies(page -> {
            assertThat(page.page()).isEqualTo(3);
            assertThat(page.size()).isEqualTo(25);
            assertThat(page.after()).isNull();
        });
        assertThat(RequestValues.page(null, "10", " ", 25).page()).isZero();
    }

    @Test
    void continuesACursorCountingItsPage() {
        assertThat(RequestValues.page(null, "20", cursor, 25)).satisfies(page -> {
            assertThat(page.page()).isEqualTo(2);
            assertThat(page.after().id()).isEqualTo(9);
        });
    }

    @Test
    void refusesAPageWithACursorAndACursorThatDoesNotRead() {
        assertThatThrownBy(() -> RequestValues.page("2", "20", cursor, 25))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("page.cursorWithPage"));
        assertThatThrownBy(() -> RequestValues.page(null, "20", "garbled", 25))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("page.cursorInvalid"));
        assertThatThrownBy(() -> RequestValues.page(null, "500", cursor, 25))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("page.sizeInvalid"));
    }
}
