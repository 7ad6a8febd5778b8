package vn.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    // bursts of 3 per address and 2 per name; one attempt drains every 10 s (address) and 60 s (name)
    private final SignInThrottle throttle = new SignInThrottle(3, 10, 2, 60, now::get);

    @Test
    void anAddressIsRefusedOnceItsBurstIsSpentAndToldHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusal("10.0.0.1", "user" + i)).isEmpty();
            throttle.failed("10.0.0.1", "user" + i);
        }

        assertThat(throttle.refusal("10.0.0.1", "someone-else")).contains(Duration.ofSeconds(10));
        assertThat(throttle.refusal("10.0.0.2", "someone-else")).isEmpty();
    }

    @Test
    void theBucketDrainsWithTime() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("10.0.0.1", null);
        }
        advance(4);
        assertThat(throttle.refusal("10.0.0.1", null)).contains(Duration.ofSeconds(6));

        advance(6);

        assertThat(throttle.refusal("10.0.0.1", null)).isEmpty();
    }

    @Test
    void aNameUnderAttackIsRefusedOnlyFromAddressesItNeverSignedInFrom() {
        throttle.succeeded("10.0.0.9", "Lan");
        throttle.failed("10.0.0.1", "lan");
        throttle.failed("10.0.0.2", "lan");

        assertThat(throttle.refusal("10.0.0.3", "lan")).as("a new address").contains(Duration.ofSeconds(60));
        assertThat(throttle.refusal("10.0.0.9", "LAN"))
                .as("the owner's own address")
                .isEmpty();
        assertThat(throttle.refusal("10.0.0.3", "mai")).as("another name").isEmpty();
    }

    @Test
    void rightPasswordsCostNothingInTheBuckets() {
        for (int i = 0; i < 10; i++) {
            throttle.succeeded("10.0.0.1", "lan");
        }

        assertThat(throttle.refusal("10.0.0.1", "lan")).isEmpty();
        assertThat(throttle.refusal("10.0.0.7", "lan")).isEmpty();
    }

    @Test
    void aFloodOfDistinctAddressesStaysBounded() {
        for (int i = 0; i < SignInThrottle.MAX_ENTRIES + 500; i++) {
            throttle.failed("10." + (i >> 16) + "." + ((i >> 8) & 0xff) + "." + (i & 0xff), null);
        }

        assertThat(throttle.trackedAddresses()).isLessThanOrEqualTo(SignInThrottle.MAX_ENTRIES);
    }

    @Test
    void passwordChecksRunOnlyWhileAPermitIsFree() throws Exception {
        assertThat(throttle.check(() -> "checked")).contains("checked");
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(2);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread[] holders = new Thread[2];
        for (int i = 0; i < holders.length; i++) {
            holders[i] = new Thread(() -> throttle.check(() -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            holders[i].start();
        }
        holding.await();

        assertThat(throttle.check(() -> "checked")).as("both permits are taken").isEmpty();

        release.countDown();
        for (Thread holder : holders) {
            holder.join();
        }
        assertThat(throttle.check(() -> "checked")).contains("checked");
    }

    private void advance(int seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }
}
