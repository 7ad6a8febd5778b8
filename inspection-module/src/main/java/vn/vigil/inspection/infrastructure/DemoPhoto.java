package vn.vigil.inspection.infrastructure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The smallest photo the demo data hands in as evidence: an 8×8 grey baseline JPEG (one quantisation table, one
 * Huffman code each for "no change" and "end of block") with a comment segment, so that photos of different visits
 * are different files with different fingerprints.
 */
final class DemoPhoto {

    private static final byte[] START = HexFormat.of().parseHex("ffd8");
    private static final byte[] COMMENT = HexFormat.of().parseHex("fffe");
    private static final byte[] IMAGE = HexFormat.of()
            .parseHex("ffdb004300" + "01".repeat(64)
                    + "ffc0000b080008000801011100"
                    + "ffc40014000100000000000000000000000000000000"
                    + "ffc40014100100000000000000000000000000000000"
                    + "ffda0008010100003f003fffd9");

    private DemoPhoto() {}

    static byte[] jpeg(String comment) {
        byte[] text = comment.getBytes(StandardCharsets.UTF_8);
        if (text.length > 1000) {
            throw new IllegalArgumentException("comment too long for a demo photo");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(START);
        out.writeBytes(COMMENT);
        out.write((text.length + 2) >> 8);
        out.write((text.length + 2) & 0xff);
        out.writeBytes(text);
        out.writeBytes(IMAGE);
        return out.toByteArray();
    }
}
