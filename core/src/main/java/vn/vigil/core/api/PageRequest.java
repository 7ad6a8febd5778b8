package vn.vigil.core.api;

/**
 * One page of a list: zero-based index and size, capped so no screen or API call can ask for a whole table. A page
 * may instead continue from a {@link PageCursor} (keyset paging): the list then reads on from the cursor's row,
 * as fast far down the list as at its top, and the page index is the one the cursor counted.
 */
public record PageRequest(int page, int size, PageCursor after) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new DomainException("page.invalid");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainException("page.sizeInvalid", MAX_SIZE);
        }
    }

    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The page after the one that handed out this token ({@code next}); a token that does not read is refused. */
    public static PageRequest continuing(String cursor, int size) {
        PageCursor after = PageCursor.decode(cursor);
        return new PageRequest((int) Math.min(after.rowsBefore() / size, Integer.MAX_VALUE), size, after);
    }

    /** Rows before this page: counted by the cursor when continuing one, else page × size. */
    public int offset() {
        long rows = after == null ? (long) page * size : after.rowsBefore();
        if (rows > Integer.MAX_VALUE) {
            throw new DomainException("page.invalid");
        }
        return (int) rows;
    }
}
