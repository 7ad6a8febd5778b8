package vn.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;

/** Long work's failure reaches its caller as it was thrown, so it is explained as if it had run on the caller's thread. */
class BackgroundOutcomeTest {

    @Test
    void returnsTheResult() {
        assertThat(BackgroundOutcome.of(CompletableFuture.completedFuture(42))).isEqualTo(42);
    }

    @Test
    void rethrowsAnUncheckedFailureUnchanged() {
        DomainException refused = new DomainException("import.badRowsRefused", 3);
        FutureTask<Integer> work = new FutureTask<>(() -> {
            throw refused;
        });
        work.run();

        assertThatThrownBy(() -> BackgroundOutcome.of(work)).isSameAs(refused);
    }

    @Test
    void wrapsACheckedOne() {
        FutureTask<Integer> work = new FutureTask<>(() -> {
            throw new java.io.IOException("disk");
        });
        work.run();

        assertThatThrownBy(() -> BackgroundOutcome.of(work))
                .isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("disk");
    }
}
