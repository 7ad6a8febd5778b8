package vn.vigil.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Prefer headers ask for a minimal answer (RFC 7240), and which do not. */
class PreferencesTest {

    @Test
    void findsReturnMinimalWhereverTheClientPutsIt() {
        assertThat(Preferences.returnMinimal(List.of("return=minimal"))).isTrue();
        assertThat(Preferences.returnMinimal(List.of("  Return = \"MINIMAL\" ")))
                .isTrue();
        assertThat(Preferences.returnMinimal(List.of("respond-async, wait=10, return=minimal; foo=bar")))
                .isTrue();
        assertThat(Preferences.returnMinimal(List.of("handling=lenient", "return=minimal")))
                .as("a second header")
                .isTrue();
    }

    @Test
    void anythingElseKeepsTheWholeAnswer() {
        assertThat(Preferences.returnMinimal(null)).isFalse();
        assertThat(Preferences.returnMinimal(List.of())).isFalse();
        assertThat(Preferences.returnMinimal(Arrays.asList((String) null))).isFalse();
        assertThat(Preferences.returnMinimal(List.of("return=representation"))).isFalse();
        assertThat(Preferences.returnMinimal(List.of("return"))).isFalse();
        assertThat(Preferences.returnMinimal(List.of("handling=minimal"))).isFalse();
        assertThat(Preferences.returnMinimal(List.of("wait=10; return=minimal")))
                .as("a parameter of another preference")
                .isFalse();
        assertThat(Preferences.returnMinimal(List.of("return=minimalist"))).isFalse();
    }
}
