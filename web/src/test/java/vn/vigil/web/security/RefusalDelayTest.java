package vn.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RefusalDelayTest {

    @Test
    void aRefusalIsHeldForTheDelay() {
        RefusalDelay delay = new RefusalDelay(200, 4);
        long started = System.nanoTime();
        assertThat(delay.hold()).isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(190);
    }

    @Test
    void pastTheMaximumHeldAtOnceRefusalsAreAnsweredAtOnce() throws Exception {
        RefusalDelay delay = new RefusalDelay(2_000, 2);
        CountDownLatch holding = new CountDownLatch(2);
        List<Thread> held = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                holding.countDown();
                delay.hold();
            });
            t.start();
            held.add(t);
        }
        holding.await();
        // both threads are inside hold() or about to be; give them the moment to take their permits
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (held.stream().anyMatch(t -> t.getState() != Thread.State.TIMED_WAITING)
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        long started = System.nanoTime();
        assertThat(delay.hold()).as("a third refusal while two are held").isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1_000);
        for (Thread t : held) {
            t.interrupt();
            t.join();
        }
        assertThat(delay.hold())
                .as("the permits come back once the held refusals are sent")
                .isTrue();
    }

    @Test
    void noDelayConfiguredHoldsNothing() {
        assertThat(new RefusalDelay(0, 4).hold()).isFalse();
    }
}
