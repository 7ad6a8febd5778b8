package vn.vigil.core.api;

/** One page of a list: zero-based index and size, capped so no screen or API call can ask for a whole table. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new DomainException("page.invalid");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainException("page.sizeInvalid", MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page * size;
    }
}
