package vn.vigil.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds a throttled sign-in's refusal for a moment before it is sent. A client that is told "too many attempts"
 * and asks again at once would otherwise get its next refusal at once, and a few dozen such clients make the
 * server accept and refuse a thousand requests a second, which takes processor time from everyone signed in. Held
 * for a second, each of them costs the server one refusal a second and a sleeping thread, no processor time.
 *
 * <p>Bounded: at most {@code vigil.signin.held.refusals} refusals are held at once; past that they are answered at
 * once, so a flood of more connections than that can never tie up the server's threads; the server's executor
 * keeps that many threads beyond those requests need (server.xml), so held refusals never delay anyone's request.
 * People who are not being throttled never wait here.
 */
@ApplicationScoped
public class RefusalDelay {

    @Inject
    @ConfigProperty(name = "vigil.signin.refusal-delay-millis", defaultValue = "1000")
    long delayMillis;

    @Inject
    @ConfigProperty(name = "vigil.signin.held.refusals", defaultValue = "64")
    int heldRefusals;

    private Semaphore holders;

    /** For CDI. */
    RefusalDelay() {}

    /** For tests: a delay and a number of refusals held at most at once. */
    RefusalDelay(long delayMillis, int heldRefusals) {
        this.delayMillis = delayMillis;
        this.heldRefusals = heldRefusals;
        init();
    }

    @PostConstruct
    void init() {
        holders = new Semaphore(Math.max(0, heldRefusals));
    }

    /**
     * Waits the refusal delay if fewer than the maximum are already waiting; returns at once otherwise.
     *
     * @return whether this refusal was held
     */
    boolean hold() {
        if (delayMillis <= 0 || !holders.tryAcquire()) {
            return false;
        }
        try {
            TimeUnit.MILLISECONDS.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            holders.release();
        }
        return true;
    }
}
