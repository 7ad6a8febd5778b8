package vn.vigil.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What makes two requests "the same" for an Idempotency-Key, and which keys are accepted. */
class IdempotencyFilterTest {

    private static String hash(String method, String target, String body) {
        return IdempotencyFilter.requestHash(method, target, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndAnyDifferenceChangesIt() {
        String save = hash("PUT", "/api/v1/visits/7/record?version=0", "{\"outcome\":\"NO_VIOLATION\"}");
        assertThat(hash("PUT", "/api/v1/visits/7/record?version=0", "{\"outcome\":\"NO_VIOLATION\"}"))
                .isEqualTo(save);
        assertThat(hash("PUT", "/api/v1/visits/7/record?version=1", "{\"outcome\":\"NO_VIOLATION\"}"))
                .isNotEqualTo(save);
        assertThat(hash("PUT", "/api/v1/visits/8/record?version=0", "{\"outcome\":\"NO_VIOLATION\"}"))
                .isNotEqualTo(save);
        assertThat(hash("PUT", "/api/v1/visits/7/record?version=0", "{\"outcome\":\"SIGNS_OF_CRIME\"}"))
                .isNotEqualTo(save);
        assertThat(hash("POST", "/api/v1/visits/7/record?version=0", "{\"outcome\":\"NO_VIOLATION\"}"))
                .isNotEqualTo(save);
        assertThat(save).matches("[0-9a-f]{64}");
    }

    @Test
    void keysAreUuidsOrSimilarTokens() {
        assertThat(IdempotencyFilter.KEY
                        .matcher("0b7c1d2e-8f4a-4c3b-9d2e-1f0a9b8c7d6e")
                        .matches())
                .isTrue();
        assertThat(IdempotencyFilter.KEY.matcher("short").matches()).isFalse();
        assertThat(IdempotencyFilter.KEY.matcher("has space in it").matches()).isFalse();
        assertThat(IdempotencyFilter.KEY.matcher("x".repeat(101)).matches()).isFalse();
    }
}
