package vn.vigil.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    private final PageCursor cursor = new PageCursor("establishments", "q1", 50, "57", 1234, 300_144, false);

    @Test
    void readsBackWhatItWrote() {
        String token = cursor.encode();

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(PageCursor.decode(token)).isEqualTo(cursor);
        assertThat(PageRequest.continuing(token, 25))
                .satisfies(page -> assertThat(page.page()).isEqualTo(2))
                .satisfies(page -> assertThat(page.offset()).isEqualTo(50))
                .satisfies(page -> assertThat(page.after()).isEqualTo(cursor));
    }

    @Test
    void refusesATokenThatIsNotOneOfItsOwn() {
        String token = cursor.encode();
        String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        String otherKey = text.replace("|57|", "|58|");

        for (String garbled : List.of(
                "",
                " ",
                "not a cursor",
                "%%%",
                token.substring(0, token.length() - 1),
                token.substring(1),
                token + "AA",
                "x".repeat(600),
                base64(otherKey),
                base64(text.replaceFirst("^v1", "v2")),
                base64("v1|establishments|q1|50|57|1234"))) {
            assertThatThrownBy(() -> PageCursor.decode(garbled))
                    .as(garbled)
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("page.cursorInvalid");
        }
        assertThatThrownBy(() -> PageCursor.decode(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void belongsToOneListAndOneQuery() {
        assertThat(cursor.requireFor("establishments", "q1")).isSameAs(cursor);
        assertThatThrownBy(() -> cursor.requireFor("visits", "q1")).hasMessageContaining("page.cursorInvalid");
        assertThatThrownBy(() -> cursor.requireFor("establishments", "q2")).hasMessageContaining("page.cursorInvalid");
        assertThat(PageCursor.fingerprint("a")).isEqualTo(PageCursor.fingerprint("a"));
        assertThat(PageCursor.fingerprint("a")).isNotEqualTo(PageCursor.fingerprint("b"));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
