package vn.vigil.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides, before any password is hashed, whether a sign-in attempt may go ahead. Wrong attempts fill two leaky
 * buckets, one per client address and one per user name; each drains by one attempt per refill period. A full
 * address bucket refuses everything from that address. A full user-name bucket refuses that name only from
 * addresses that have not signed in as that user recently, so nobody can lock a colleague out by naming them: the
 * colleague's own machine goes on working.
 *
 * <p>A flood from thousands of addresses gets past both buckets, so the password hashes themselves are rationed:
 * a check for a user from an address that user has not signed in from recently (an unproven pair: a new machine,
 * or an attacker) spends one unit of a budget shared by all such checks, which refills at a few per second (about a
 * tenth of a processor's time); when it is spent, the attempt is told to come back in a moment without any hash.
 * Pairs that have signed in before never touch that budget, so under attack the people at their own machines sign
 * in as usual. And at most a few password hashes run at once, waiting half a second at most for their turn.
 *
 * <p>Held in memory and bounded: the maps forget drained entries, and never hold more than {@link #MAX_ENTRIES}
 * keys each.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    static final int MAX_ENTRIES = 50_000;

    /** How long an attempt waits for a password-check permit: long enough for a morning's sign-ins, short enough that
     * a flood does not hold the server's request threads. */
    static final long CHECK_WAIT_MILLIS = 500;

    private static final int KNOWN_ADDRESSES_PER_USER = 8;

    @Inject
    @ConfigProperty(name = "vigil.signin.address-burst", defaultValue = "20")
    int addressBurst;

    @Inject
    @ConfigProperty(name = "vigil.signin.address-refill-seconds", defaultValue = "3")
    int addressRefillSeconds;

    @Inject
    @ConfigProperty(name = "vigil.signin.user-burst", defaultValue = "5")
    int userBurst;

    @Inject
    @ConfigProperty(name = "vigil.signin.user-refill-seconds", defaultValue = "60")
    int userRefillSeconds;

    @Inject
    @ConfigProperty(name = "vigil.signin.concurrent-checks", defaultValue = "0")
    int concurrentChecks;

    @Inject
    @ConfigProperty(name = "vigil.signin.known-address-days", defaultValue = "30")
    int knownAddressDays;

    /** Password checks of unproven pairs per second, for everyone together; 0 means half a check per processor. */
    @Inject
    @ConfigProperty(name = "vigil.signin.unproven-checks-per-second", defaultValue = "0")
    double unprovenPerSecond;

    /** How many unproven checks may run at once beyond that rate: a morning's first sign-ins after a restart. */
    @Inject
    @ConfigProperty(name = "vigil.signin.unproven-burst", defaultValue = "10")
    int unprovenBurst;

    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final Map<String, Bucket> users = new ConcurrentHashMap<>();
    private final Map<String, Deque<Known>> knownAddresses = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private LongSupplier clock = System::nanoTime;
    private Semaphore checks;
    /** Unproven checks spent and not yet refilled, as of a moment. */
    private Bucket unproven = new Bucket(0, 0);

    private long unprovenRefillNanos;

    public SignInThrottle() {}

    /** For unit tests: fixed limits and a clock the test moves. */
    SignInThrottle(
            int addressBurst, int addressRefillSeconds, int userBurst, int userRefillSeconds, LongSupplier clock) {
        this.addressBurst = addressBurst;
        this.addressRefillSeconds = addressRefillSeconds;
        this.userBurst = userBurst;
        this.userRefillSeconds = userRefillSeconds;
        this.concurrentChecks = 2;
        this.knownAddressDays = 30;
        this.unprovenPerSecond = 1;
        this.unprovenBurst = 4;
        this.clock = clock;
        init();
    }

    /** At most this many password hashes at once; 0 means half the processors, so hashing never takes them all. */
    @PostConstruct
    void init() {
        int permits = concurrentChecks > 0
                ? concurrentChecks
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        checks = new Semaphore(permits, true);
        double rate = unprovenPerSecond > 0
                ? unprovenPerSecond
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2.0);
        unprovenRefillNanos = (long) (TimeUnit.SECONDS.toNanos(1) / rate);
        unproven = new Bucket(0, clock.getAsLong());
        LOG.info(() -> String.format(
                Locale.ROOT,
                "Sign-in: %d password checks at once; %.1f a second (burst %d) for users at addresses new to them",
                permits,
                rate,
                unprovenBurst));
    }

    /** How long the caller must wait before trying again, or empty when the attempt may go ahead. */
    public Optional<Duration> refusal(String address, String username) {
        long now = clock.getAsLong();
        long wait = waitOf(addresses.get(address), addressBurst, addressRefillSeconds, now);
        String name = normalized(username);
        if (!name.isEmpty() && !isKnown(name, address, now)) {
            wait = Math.max(wait, waitOf(users.get(name), userBurst, userRefillSeconds, now));
        }
        return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
    }

    /**
     * A wrong password. Answers the lock this attempt starts, when it is the one that fills the address's or the
     * name's bucket (the next attempt then has to wait), so the lock can be audited once, when it begins.
     */
    public Optional<Lockout> failed(String address, String username) {
        long now = clock.getAsLong();
        boolean addressLocked = fill(addresses, address, addressRefillSeconds, addressBurst, now);
        String name = normalized(username);
        boolean nameLocked = false;
        if (!name.isEmpty()) {
            nameLocked = fill(users, name, userRefillSeconds, userBurst, now);
            Instant at = Instant.now();
            failures.merge(
                    name, new Failures(1, address, at), (old, one) -> new Failures(old.count() + 1, address, at));
            trim(failures);
        }
        if (!addressLocked && !nameLocked) {
            return Optional.empty();
        }
        long wait = Math.max(
                waitOf(addresses.get(address), addressBurst, addressRefillSeconds, now),
                nameLocked ? waitOf(users.get(name), userBurst, userRefillSeconds, now) : 0);
        return Optional.of(new Lockout(name.isEmpty() ? null : name, address, nameLocked, Duration.ofNanos(wait)));
    }

    /**
     * The wrong attempts made on this name since the person last signed in on a page (kept in this server's
     * memory), handed over once, for the person to be told.
     */
    public Optional<Failures> takeFailures(String username) {
        return Optional.ofNullable(failures.remove(normalized(username)));
    }

    /** A right password: the address becomes one this user is known to sign in from. */
    public void succeeded(String address, String username) {
        String name = normalized(username);
        long now = clock.getAsLong();
        Deque<Known> known = knownAddresses.computeIfAbsent(name, n -> new ArrayDeque<>());
        synchronized (known) {
            known.removeIf(k -> k.address.equals(address));
            known.addFirst(new Known(address, now));
            while (known.size() > KNOWN_ADDRESSES_PER_USER) {
                known.removeLast();
            }
        }
        trim(knownAddresses);
    }

    /**
     * Runs the password check of {@code username} from {@code address} once the pair may have one: an unproven pair
     * spends a unit of the shared budget (none left: empty at once, no hash), then every check waits for one of the
     * few check permits (none free within half a second: empty). Empty tells the caller to come back in a moment
     * instead of queueing on the processors.
     */
    public <T> Optional<T> check(String address, String username, Supplier<T> passwordCheck) {
        String name = normalized(username);
        if ((name.isEmpty() || !isKnown(name, address, clock.getAsLong())) && !spendUnproven()) {
            return Optional.empty();
        }
        try {
            if (!checks.tryAcquire(CHECK_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(passwordCheck.get());
        } finally {
            checks.release();
        }
    }

    private synchronized boolean spendUnproven() {
        long now = clock.getAsLong();
        double level = unproven.levelAtNanos(now, unprovenRefillNanos);
        if (level + 1 > unprovenBurst) {
            return false;
        }
        unproven = new Bucket(level + 1, now);
        return true;
    }

    private boolean isKnown(String name, String address, long now) {
        Deque<Known> known = knownAddresses.get(name);
        if (known == null) {
            return false;
        }
        long maxAge = TimeUnit.DAYS.toNanos(knownAddressDays);
        synchronized (known) {
            return known.stream().anyMatch(k -> k.address.equals(address) && now - k.since < maxAge);
        }
    }

    private static long waitOf(Bucket bucket, int burst, int refillSeconds, long now) {
        if (bucket == null) {
            return 0;
        }
        // the time until one more attempt fits under the burst
        double excess = bucket.levelAt(now, refillSeconds) + 1 - burst;
        return excess <= 0 ? 0 : (long) (excess * TimeUnit.SECONDS.toNanos(refillSeconds));
    }

    /** One more wrong attempt in the key's bucket; true when this one filled it (the next attempt must wait). */
    private boolean fill(Map<String, Bucket> buckets, String key, int refillSeconds, int burst, long now) {
        boolean[] filled = {false};
        buckets.compute(key, (k, bucket) -> {
            Bucket current = bucket == null ? new Bucket(0, now) : bucket;
            double before = current.levelAt(now, refillSeconds);
            filled[0] = before + 1 > burst - 1 && before <= burst - 1;
            return new Bucket(before + 1, now);
        });
        if (buckets.size() > MAX_ENTRIES) {
            buckets.entrySet().removeIf(e -> e.getValue().levelAt(now, refillSeconds) <= 0);
            trim(buckets);
        }
        return filled[0];
    }

    /** Last resort against a flood of distinct keys: forget arbitrary entries beyond the bound. */
    private static void trim(Map<String, ?> map) {
        Iterator<String> keys = map.keySet().iterator();
        while (map.size() > MAX_ENTRIES && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    int trackedAddresses() {
        return addresses.size();
    }

    /** Wrong attempts not yet drained, as of a moment. */
    private record Bucket(double level, long at) {
        double levelAt(long now, int refillSeconds) {
            return levelAtNanos(now, TimeUnit.SECONDS.toNanos(refillSeconds));
        }

        double levelAtNanos(long now, long refillNanos) {
            double drained = (double) (now - at) / refillNanos;
            return Math.max(0, level - drained);
        }
    }

    private record Known(String address, long since) {}

    /**
     * A lock begun by a wrong attempt: on the name (from addresses it has not signed in from) and/or on the address.
     *
     * @param username the name tried, normalised; null when none was given
     */
    public record Lockout(String username, String address, boolean onName, Duration waitFor) {}

    /** Wrong attempts on a name since its last sign-in: how many, the last one's address and moment. */
    public record Failures(int count, String lastAddress, Instant lastAt) implements Serializable {}
}
