package vn.vigil.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.ChangeSignal;

/**
 * Remembers, for a short while, HTTP Basic credentials that were right, so a client sending them on every call pays
 * the deliberately slow password hash once a minute instead of once a request. The key is an HMAC of the user name
 * and password under a random key that lives only in this server's memory: neither the password nor a hash anyone
 * could test guesses against offline is kept. A password change, a disabled account or changed roles take effect at
 * once on every server ({@link #forget}, signalled by the database); should a signal be missed (the listening
 * connection lost), when the entry expires (one minute by default).
 */
@ApplicationScoped
public class BasicCredentialCache {

    static final int MAX_ENTRIES = 10_000;

    @Inject
    @ConfigProperty(name = "vigil.signin.basic-cache-seconds", defaultValue = "60")
    int ttlSeconds;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Checks running now, by credentials: requests bringing the same credentials meanwhile wait for the one. */
    private final Map<String, CompletableFuture<Void>> checking = new ConcurrentHashMap<>();

    private final SecretKeySpec key;
    private LongSupplier clock = System::nanoTime;

    public BasicCredentialCache() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, "HmacSHA256");
    }

    /** For unit tests. */
    BasicCredentialCache(int ttlSeconds, LongSupplier clock) {
        this();
        this.ttlSeconds = ttlSeconds;
        this.clock = clock;
    }

    /** The caller and groups these credentials proved less than the time to live ago. */
    public Optional<Caller> find(String username, char[] password) {
        if (ttlSeconds <= 0) {
            return Optional.empty();
        }
        String digest = digest(username, password);
        Entry entry = entries.get(digest);
        if (entry == null) {
            return Optional.empty();
        }
        if (clock.getAsLong() - entry.at >= TimeUnit.SECONDS.toNanos(ttlSeconds)) {
            entries.remove(digest, entry);
            return Optional.empty();
        }
        return Optional.of(entry.caller);
    }

    /**
     * As {@link #find}, but when the same credentials are being checked by another request right now (a client that
     * opened several connections at once), waits for that check, at most {@code waitMillis}, and finds what it
     * proved: one password hash for them all, none of them queueing for a check permit.
     */
    public Optional<Caller> findOrAwait(String username, char[] password, long waitMillis) {
        Optional<Caller> found = find(username, password);
        if (found.isPresent() || ttlSeconds <= 0) {
            return found;
        }
        CompletableFuture<Void> running = checking.get(digest(username, password));
        if (running == null) {
            return Optional.empty();
        }
        try {
            running.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
        return find(username, password);
    }

    /**
     * Marks these credentials as being checked by the caller until it runs what this returns (after {@link
     * #remember}, when they proved right). Null when another request began checking them a moment ago (after this
     * one found nothing to wait for): the caller waits for that check ({@link #findOrAwait}) instead.
     */
    public Runnable checking(String username, char[] password) {
        String digest = digest(username, password);
        CompletableFuture<Void> mine = new CompletableFuture<>();
        if (checking.putIfAbsent(digest, mine) != null) {
            return null;
        }
        return () -> {
            checking.remove(digest, mine);
            mine.complete(null);
        };
    }

    public void remember(String username, char[] password, Caller caller) {
        if (ttlSeconds <= 0) {
            return;
        }
        long now = clock.getAsLong();
        if (entries.size() >= MAX_ENTRIES) {
            long ttl = TimeUnit.SECONDS.toNanos(ttlSeconds);
            entries.values().removeIf(e -> now - e.at >= ttl);
            if (entries.size() >= MAX_ENTRIES) {
                return;
            }
        }
        entries.put(digest(username, password), new Entry(username, caller, now));
    }

    /**
     * Forgets every remembered credential of an account whose password, state or roles changed, on whichever server
     * (the database signals it to every server), so it takes effect at once instead of after the time to live.
     */
    void forget(@Observes ChangeSignal signal) {
        if (ChangeSignal.ACCOUNT.equals(signal.topic())) {
            entries.values().removeIf(entry -> entry.username().strip().equalsIgnoreCase(signal.key()));
        }
    }

    int size() {
        return entries.size();
    }

    private String digest(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            mac.update(bytes);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    /** Who the credentials proved, and their groups (roles). */
    public record Caller(String name, Set<String> groups) {}

    private record Entry(String username, Caller caller, long at) {}
}
