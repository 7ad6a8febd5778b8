package vn.vigil.core.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Where the next page of a list starts (keyset paging): the sort key and id of the last row shown, so the next page
 * is read from the index at that point instead of counting past every row before it. Callers see it only as an
 * opaque token ({@link #encode()}): base64url of a versioned text with a checksum, so a garbled or cut token is
 * refused. It is not a secret: a forged token can only start a list the caller may read at another row.
 *
 * @param list which list and order the token belongs to, e.g. {@code establishments}
 * @param query a fingerprint of the filters, so a token is not continued under other filters
 * @param rowsBefore rows of the list before the next page, to number pages
 * @param key the last row's sort key, written by the list that made the token
 * @param id the last row's id, which breaks ties in the sort key
 * @param total the number of matches the first page counted, so later pages need not count again
 * @param totalExact whether that number was counted to the end (false: an estimate)
 */
public record PageCursor(
        String list, String query, long rowsBefore, String key, long id, long total, boolean totalExact) {

    static final String VERSION = "v1";
    private static final String SEPARATOR = "|";
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9._:+-]{1,64}");
    private static final int MAX_TOKEN = 512;

    public PageCursor {
        if (list == null || !PART.matcher(list).matches()) {
            throw new IllegalArgumentException("list: " + list);
        }
        if (query == null || !PART.matcher(query).matches()) {
            throw new IllegalArgumentException("query: " + query);
        }
        if (key == null || !PART.matcher(key).matches()) {
            throw new IllegalArgumentException("key: " + key);
        }
        if (rowsBefore < 0 || total < 0) {
            throw new IllegalArgumentException("rowsBefore: " + rowsBefore + ", total: " + total);
        }
    }

    /** The opaque token a list hands out as {@code next}. */
    public String encode() {
        String payload = String.join(
                SEPARATOR,
                VERSION,
                list,
                query,
                Long.toString(rowsBefore),
                key,
                Long.toString(id),
                Long.toString(total),
                totalExact ? "exact" : "estimate");
        String text = payload + SEPARATOR + checksum(payload);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token; anything that was not made by {@link #encode()} is refused with {@code page.cursorInvalid}. */
    public static PageCursor decode(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            throw invalid();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        String[] parts = text.split(Pattern.quote(SEPARATOR), -1);
        if (parts.length != 9 || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        String payload = text.substring(0, text.lastIndexOf(SEPARATOR));
        if (!checksum(payload).equals(parts[8]) || !Pattern.matches("exact|estimate", parts[7])) {
            throw invalid();
        }
        try {
            return new PageCursor(
                    parts[1],
                    parts[2],
                    Long.parseLong(parts[3]),
                    parts[4],
                    Long.parseLong(parts[5]),
                    Long.parseLong(parts[6]),
                    "exact".equals(parts[7]));
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    /**
     * This cursor, checked to belong to the given list and filters; a token of another list, order or filter is
     * refused with {@code page.cursorInvalid}.
     */
    public PageCursor requireFor(String expectedList, String expectedQuery) {
        if (!list.equals(expectedList) || !query.equals(expectedQuery)) {
            throw invalid();
        }
        return this;
    }

    /** The refusal for a token that cannot be continued, in the caller's language. */
    public static DomainException invalid() {
        return new DomainException("page.cursorInvalid");
    }

    /** A short, stable fingerprint of a query's description (a record's text, for instance). */
    public static String fingerprint(String description) {
        return checksum(description);
    }

    private static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toString(crc.getValue(), 36);
    }
}
