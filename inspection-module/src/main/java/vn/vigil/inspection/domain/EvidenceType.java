package vn.vigil.inspection.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a visit's evidence may be: photos (JPEG, PNG, WebP) and PDF documents, each recognised by its
 * leading bytes (its "magic number"), never by what the sender claims.
 */
public enum EvidenceType {
    JPEG("image/jpeg", true, List.of("jpg", "jpeg", "jpe", "jfif")),
    PNG("image/png", true, List.of("png")),
    WEBP("image/webp", true, List.of("webp")),
    PDF("application/pdf", false, List.of("pdf"));

    /** Enough leading bytes to recognise every type. */
    public static final int SIGNATURE_LENGTH = 12;

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP_MARK = ascii("WEBP");
    private static final byte[] PDF_START = ascii("%PDF-");

    private final String mediaType;
    private final boolean photo;
    private final List<String> extensions;

    EvidenceType(String mediaType, boolean photo, List<String> extensions) {
        this.mediaType = mediaType;
        this.photo = photo;
        this.extensions = extensions;
    }

    /** What the leading bytes of a file say it is, if it is one of the accepted kinds. */
    public static Optional<EvidenceType> sniff(byte[] head) {
        if (startsWith(head, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, PNG_START)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP_MARK)) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, PDF_START)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /**
     * Whether a declared media type (a part's Content-Type) fits this type; a missing or generic declaration
     * ({@code application/octet-stream}) says nothing and fits. Parameters such as {@code ;charset} are ignored.
     */
    public boolean agreesWithDeclared(String declaredType) {
        if (declaredType == null || declaredType.isBlank()) {
            return true;
        }
        String declared = declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return declared.equals("application/octet-stream")
                || declared.equals(mediaType)
                || (this == JPEG && (declared.equals("image/jpg") || declared.equals("image/pjpeg")));
    }

    /** Whether a file name's extension fits this type; a name without extension fits. */
    public boolean agreesWithName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return true;
        }
        return extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isPhoto() {
        return photo;
    }

    public static Optional<EvidenceType> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(t -> t.mediaType.equals(mediaType))
                .findFirst();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        return Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
