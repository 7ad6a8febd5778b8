package vn.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BasicCredentialCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final BasicCredentialCache cache = new BasicCredentialCache(60, now::get);
    private final BasicCredentialCache.Caller lan = new BasicCredentialCache.Caller("lan", Set.of("INSPECTOR"));

    @Test
    void findsTheCallerOnlyForTheSameNameAndPassword() {
        cache.remember("lan", "Mat-khau-1".toCharArray(), lan);

        assertThat(cache.find("lan", "Mat-khau-1".toCharArray())).contains(lan);
        assertThat(cache.find("lan", "Mat-khau-2".toCharArray())).isEmpty();
        assertThat(cache.find("mai", "Mat-khau-1".toCharArray())).isEmpty();
        // the separator keeps "lan" + "1x" apart from "lan1" + "x"
        assertThat(cache.find("lanM", "at-khau-1".toCharArray())).isEmpty();
    }

    @Test
    void requestsBringingCredentialsBeingCheckedWaitForThatCheckInsteadOfHashingAgain() throws Exception {
        char[] password = "Mat-khau-1".toCharArray();
        assertThat(cache.findOrAwait("lan", password, 1000))
                .as("nothing remembered and nothing being checked: the caller checks itself, at once")
                .isEmpty();

        Runnable checked = cache.checking("lan", password);
        assertThat(cache.checking("lan", password))
                .as("a second checker of the same credentials marks nothing: it is to wait for the first")
                .isNull();
        java.util.concurrent.CompletableFuture<java.util.Optional<BasicCredentialCache.Caller>> waiting =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> cache.findOrAwait("lan", password, 5000));
        Thread.sleep(100);
        assertThat(waiting).as("waits while the check runs").isNotDone();
        cache.remember("lan", password, lan);
        checked.run();
        assertThat(waiting.get(2, TimeUnit.SECONDS))
                .as("and finds what it proved")
                .contains(lan);

        Runnable wrong = cache.checking("lan", "Sai-1".toCharArray());
        long started = System.nanoTime();
        assertThat(cache.findOrAwait("lan", "Sai-1".toCharArray(), 200))
                .as("a check that proves nothing (or takes too long) leaves the waiter to check for itself")
                .isEmpty();
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(190));
        wrong.run();
        assertThat(cache.findOrAwait("lan", "Sai-1".toCharArray(), 5000)).isEmpty();
    }

    @Test
    void anAccountsChangeSignalledByTheDatabaseForgetsItsCredentialsAtOnce() {
        BasicCredentialCache.Caller mai = new BasicCredentialCache.Caller("mai", Set.of("LEGAL_OFFICER"));
        cache.remember("Lan", "Mat-khau-1".toCharArray(), lan);
        cache.remember("lan", "Mat-khau-2".toCharArray(), lan);
        cache.remember("mai", "Mat-khau-1".toCharArray(), mai);

        cache.forget(new vn.vigil.core.api.ChangeSignal("holiday", "lan"));
        assertThat(cache.find("lan", "Mat-khau-2".toCharArray()))
                .as("another topic")
                .contains(lan);

        cache.forget(new vn.vigil.core.api.ChangeSignal(vn.vigil.core.api.ChangeSignal.ACCOUNT, "lan"));

        assertThat(cache.find("Lan", "Mat-khau-1".toCharArray()))
                .as("as typed, in capitals")
                .isEmpty();
        assertThat(cache.find("lan", "Mat-khau-2".toCharArray())).isEmpty();
        assertThat(cache.find("mai", "Mat-khau-1".toCharArray()))
                .as("other accounts stay")
                .contains(mai);
    }

    @Test
    void forgetsAfterItsTimeToLive() {
        cache.remember("lan", "Mat-khau-1".toCharArray(), lan);
        now.addAndGet(TimeUnit.SECONDS.toNanos(59));
        assertThat(cache.find("lan", "Mat-khau-1".toCharArray())).isPresent();

        now.addAndGet(TimeUnit.SECONDS.toNanos(1));

        assertThat(cache.find("lan", "Mat-khau-1".toCharArray())).isEmpty();
    }

    @Test
    void holdsAtMostItsBound() {
        for (int i = 0; i < BasicCredentialCache.MAX_ENTRIES + 100; i++) {
            cache.remember("user" + i, "pw".toCharArray(), lan);
        }

        assertThat(cache.size()).isEqualTo(BasicCredentialCache.MAX_ENTRIES);
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        BasicCredentialCache off = new BasicCredentialCache(0, now::get);
        off.remember("lan", "Mat-khau-1".toCharArray(), lan);

        assertThat(off.find("lan", "Mat-khau-1".toCharArray())).isEmpty();
    }
}
