package vn.vigil.core.api.offline;

/**
 * Writes sent with an {@code Idempotency-Key} (a tablet's offline sync may send one twice): remembered per user with a
 * digest of the request and, once done, its answer, for seven days. The same request again answers the first answer
 * and changes nothing; the same key with another request is refused. Backed by a unique constraint in the database,
 * so two servers never both run the same key.
 */
public interface IdempotentRequests {

    /** What a claim of a key found. */
    sealed interface Claim permits Fresh, Replay, Mismatch, InFlight {}

    /** The key is new (or its earlier work failed): this caller does the work, then completes or releases it. */
    record Fresh() implements Claim {}

    /** The same request was done before: answer this, do nothing. */
    record Replay(int status, String contentType, byte[] body) implements Claim {}

    /** The key was used for another request. */
    record Mismatch() implements Claim {}

    /** The same request is being done right now (another server or thread). */
    record InFlight() implements Claim {}

    Claim claim(String username, String key, String requestHash);

    /** Keeps the successful answer of a claimed key. */
    void complete(String username, String key, int status, String contentType, byte[] body);

    /** Forgets a claimed key whose work failed, so a corrected request may use it again. */
    void release(String username, String key);
}
