package vn.vigil.inspection.domain;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;

/**
 * The SHA-256 of one part of a record's content (its answers, photos, indicators, people or findings), kept on the
 * record so that a save whose part is the same as the stored one neither reads nor writes that part's rows.
 *
 * <p>The digest must change whenever anything stored changes, or a change would be silently dropped. So the encoding
 * is unambiguous: the part starts with its length; every value starts with a tag (null has its own), texts with their
 * length in bytes, numbers in their plain form without trailing zeros (2 and 2.000 are the same stored number);
 * every element writes all of its stored fields, in a fixed order ({@link Part#digestInto}).
 */
public final class PartDigest {

    /** Bytes of a digest: the length the database's check requires. */
    public static final int LENGTH = 32;

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte FALSE = 3;
    private static final byte TRUE = 4;
    private static final byte INTEGER = 5;
    private static final byte DAY = 6;
    private static final byte ELEMENT = 7;

    /** An element of a part: writes every field it stores, always in the same order. */
    public interface Part {
        void digestInto(PartDigest digest);
    }

    private final MessageDigest sha;
    private final ByteBuffer eight = ByteBuffer.allocate(Long.BYTES);

    private PartDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The digest of a part, elements in their order. */
    public static byte[] of(List<? extends Part> part) {
        PartDigest digest = new PartDigest();
        digest.integer(part.size());
        for (Part element : part) {
            digest.sha.update(ELEMENT);
            element.digestInto(digest);
        }
        return digest.sha.digest();
    }

    public PartDigest text(String value) {
        if (value == null) {
            sha.update(NULL);
            return this;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(TEXT);
        integer(bytes.length);
        sha.update(bytes);
        return this;
    }

    public PartDigest name(Enum<?> value) {
        return text(value == null ? null : value.name());
    }

    public PartDigest number(BigDecimal value) {
        if (value == null) {
            sha.update(NULL);
            return this;
        }
        byte[] bytes = value.stripTrailingZeros().toPlainString().getBytes(StandardCharsets.US_ASCII);
        sha.update(NUMBER);
        integer(bytes.length);
        sha.update(bytes);
        return this;
    }

    public PartDigest flag(Boolean value) {
        sha.update(value == null ? NULL : value ? TRUE : FALSE);
        return this;
    }

    public PartDigest id(Long value) {
        if (value == null) {
            sha.update(NULL);
            return this;
        }
        sha.update(INTEGER);
        return integer(value);
    }

    public PartDigest day(LocalDate value) {
        if (value == null) {
            sha.update(NULL);
            return this;
        }
        sha.update(DAY);
        return integer(value.toEpochDay());
    }

    private PartDigest integer(long value) {
        eight.clear();
        eight.putLong(value);
        sha.update(eight.array());
        return this;
    }
}
