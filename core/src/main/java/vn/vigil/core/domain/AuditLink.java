package vn.vigil.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One link of the audit chain: the HMAC-SHA256, under a key kept outside the database, of the previous link's hash,
 * the link's place in the chain and every field of the entry (the time to the microsecond, as PostgreSQL keeps it).
 * Each field is written with its length, so no two different entries read the same.
 */
public final class AuditLink {

    /** The hash before the first link. */
    public static final String GENESIS = "0".repeat(64);

    private AuditLink() {}

    /** An audit entry's fields as the chain reads them. */
    public record Fields(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            String detail) {}

    public static String hash(byte[] key, String previous, long seq, Fields e) {
        StringBuilder text = new StringBuilder()
                .append(previous)
                .append('|')
                .append(seq)
                .append('|')
                .append(e.id())
                .append('|')
                .append(ChronoUnit.MICROS.between(Instant.EPOCH, e.occurredAt()));
        for (String field : new String[] {e.actor(), e.action(), e.entityType(), e.entityId(), e.detail()}) {
            text.append('|')
                    .append(field == null ? -1 : field.length())
                    .append(':')
                    .append(field == null ? "" : field);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
