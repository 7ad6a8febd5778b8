package vn.vigil.reporting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a failed sending is tried again: up to {@code attempts} times in all, waiting {@code firstWait} after the first
 * failure and twice as long after each next one; after the last, the run is failed for good.
 */
public record RetryPolicy(int attempts, Duration firstWait) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        if (firstWait == null || firstWait.isNegative()) {
            throw new IllegalArgumentException("a wait of zero or more");
        }
    }

    /** When to try again after attempt number {@code attempt} (1 = the first) failed at {@code failedAt}; empty: never. */
    public Optional<Instant> nextAttempt(int attempt, Instant failedAt) {
        if (attempt >= attempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(firstWait.multipliedBy(1L << Math.min(attempt - 1, 20))));
    }
}
