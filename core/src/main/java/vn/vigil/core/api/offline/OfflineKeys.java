package vn.vigil.core.api.offline;

/**
 * The key that wraps a user's offline data key on their tablets: created on first use, handed only to that user while
 * signed in online, so a signed-out tablet keeps its offline data unreadable.
 */
public interface OfflineKeys {

    /** The signed-in user's 32-byte wrapping key (created the first time). */
    byte[] wrappingKeyOf(String username);
}
