package vn.vigil.inspection.domain;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/**
 * A file handed in as evidence, read and checked: its kind recognised from its leading bytes (and agreeing with the
 * declared type and the file name), its size within the limit of its kind, its SHA-256 computed while it was read.
 * The stream is never read beyond the limit plus one byte, so an oversized upload costs at most that much memory.
 */
public record EvidenceFile(String fileName, EvidenceType type, byte[] content, String sha256) {

    public static final int NAME_MAX = 255;

    public EvidenceFile {
        content = content.clone();
    }

    /** Reads {@code in} (not closed here) and checks it; every refusal is a {@link DomainException}. */
    public static EvidenceFile read(String fileName, String declaredType, InputStream in, EvidenceLimits limits) {
        String name = cleanName(fileName);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = in.readNBytes(EvidenceType.SIGNATURE_LENGTH);
            if (head.length == 0) {
                throw new DomainException("evidence.empty");
            }
            EvidenceType type =
                    EvidenceType.sniff(head).orElseThrow(() -> new DomainException("evidence.unsupportedType", name));
            if (!type.agreesWithDeclared(declaredType) || !type.agreesWithName(name)) {
                throw new DomainException("evidence.typeMismatch", name, claimed(declaredType, name), type.mediaType());
            }
            long limit = limits.limitFor(type);
            sha256.update(head);
            byte[] rest = new DigestInputStream(in, sha256)
                    .readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1 - head.length));
            if (head.length + (long) rest.length > limit) {
                throw new DomainException("evidence.tooLarge", name, limit / EvidenceLimits.MB);
            }
            byte[] content = Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, content, head.length, rest.length);
            return new EvidenceFile(name, type, content, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new DomainException("evidence.unreadable");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public long size() {
        return content.length;
    }

    /** The base name of what the sender called the file (no folders), or "evidence" when it gave none. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        String clean = Text.clean(name);
        if (clean == null) {
            return "evidence";
        }
        return clean.length() <= NAME_MAX ? clean : clean.substring(clean.length() - NAME_MAX);
    }

    private static String claimed(String declaredType, String name) {
        return declaredType == null || declaredType.isBlank() ? name : declaredType.split(";", 2)[0].strip();
    }
}
