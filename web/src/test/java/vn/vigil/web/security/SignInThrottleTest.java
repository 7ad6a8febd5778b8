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
    void theAttemptThatLocksANameOrAnAddressSaysSoOnceForTheAudit() {
        assertThat(throttle.failed("10.0.0.1", "Lan")).isEmpty();
        assertThat(throttle.failed("10.0.0.2", "lan"))
                .as("the name's second wrong attempt fills its burst of 2")
                .hasValueSatisfying(lock -> {
                    assertThat(lock.username()).isEqualTo("lan");
                    assertThat(lock.onName()).isTrue();
                    assertThat(lock.address()).isEqualTo("10.0.0.2");
                    assertThat(lock.waitFor()).isEqualTo(Duration.ofSeconds(60));
                });
        assertThat(throttle.failed("10.0.0.3", "lan"))
                .as("already locked: not told again")
                .isEmpty();

        assertThat(throttle.failed("10.0.0.5", null)).isEmpty();
        assertThat(throttle.failed("10.0.0.5", null)).isEmpty();
        assertThat(throttle.failed("10.0.0.5", null))
                .as("the address's third wrong attempt fills its burst of 3")
                .hasValueSatisfying(lock -> {
                    assertThat(lock.username()).isNull();
                    assertThat(lock.onName()).isFalse();
                    assertThat(lock.waitFor()).isEqualTo(Duration.ofSeconds(10));
                });
        advance(60 * 3);
        assertThat(throttle.failed("10.0.0.4", "lan")).as("drained").isEmpty();
        assertThat(throttle.failed("10.0.0.4", "lan")).as("locked again").isPresent();
    }

    @Test
    void theWrongAttemptsOnANameAreHandedOverOnceAtItsNextSignIn() {
        throttle.failed("10.0.0.1", "lan");
        throttle.failed("10.0.0.2", "Lan");
        throttle.failed("10.0.0.3", "mai");

        assertThat(throttle.takeFailures("LAN")).hasValueSatisfying(failures -> {
            assertThat(failures.count()).isEqualTo(2);
            assertThat(failures.lastAddress()).isEqualTo("10.0.0.2");
        });
        assertThat(throttle.takeFailures("lan")).as("told once").isEmpty();
        assertThat(throttle.takeFailures("mai"))
                .map(SignInThrottle.Failures::count)
                .contains(1);
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
        throttle.succeeded("10.0.0.1", "lan");
        assertThat(lanChecks()).contains("checked");
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(2);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread[] holders = new Thread[2];
        for (int i = 0; i < holders.length; i++) {
            holders[i] = new Thread(() -> throttle.check("10.0.0.1", "lan", () -> {
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

        assertThat(lanChecks()).as("both permits are taken").isEmpty();

        release.countDown();
        for (Thread holder : holders) {
            holder.join();
        }
        assertThat(lanChecks()).contains("checked");
    }

    @Test
    void unprovenChecksShareASmallBudgetThatPeopleAtTheirOwnMachinesNeverSpend() {
        throttle.succeeded("10.0.0.1", "lan");
        // a flood: every attempt from a new address, for names nobody signed in with from there
        int hashed = 0;
        for (int i = 0; i < 100; i++) {
            if (throttle.check("172.16.0." + i, "khong-co-" + i, () -> "hashed").isPresent()) {
                hashed++;
            }
        }
        assertThat(hashed).as("the burst of the shared budget, then nothing").isEqualTo(4);
        assertThat(throttle.check("172.16.1.1", null, () -> "hashed"))
                .as("no name is unproven too")
                .isEmpty();
        assertThat(lanChecks()).as("Lan at her own machine").contains("checked");
        assertThat(throttle.check("10.0.0.10", "lan", () -> "checked"))
                .as("Lan from a new machine waits like everyone else")
                .isEmpty();

        advance(1);

        assertThat(throttle.check("172.16.0.200", "khong-co-200", () -> "hashed"))
                .as("one more a second")
                .contains("hashed");
        assertThat(throttle.check("172.16.0.201", "khong-co-201", () -> "hashed"))
                .isEmpty();
    }

    private java.util.Optional<String> lanChecks() {
        return throttle.check("10.0.0.1", "lan", () -> "checked");
    }

    private void advance(int seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }
}
