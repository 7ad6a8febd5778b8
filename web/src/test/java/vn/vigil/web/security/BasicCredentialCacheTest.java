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
