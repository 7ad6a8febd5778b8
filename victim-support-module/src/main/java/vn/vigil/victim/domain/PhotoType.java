package vn.vigil.victim.domain;

/** Recognises a JPEG or PNG by its first bytes, whatever the client claims. */
final class PhotoType {

    private PhotoType() {}

    static String of(byte[] content) {
        if (content.length > 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (content.length > 8
                && (content[0] & 0xFF) == 0x89
                && content[1] == 'P'
                && content[2] == 'N'
                && content[3] == 'G') {
            return "image/png";
        }
        return null;
    }
}
