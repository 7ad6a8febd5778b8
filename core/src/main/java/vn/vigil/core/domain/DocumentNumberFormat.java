package vn.vigil.core.domain;

/**
 * The administrative way of writing a document number: the sequence number, a slash and the symbol, e.g.
 * "07/BB-VPHC" or "15/QĐ-XPHC". Numbers below 10 get a leading zero (Decree 30/2020 on office documents).
 */
public final class DocumentNumberFormat {

    private DocumentNumberFormat() {}

    public static String format(int sequence, String symbol) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + sequence);
        }
        return String.format("%02d/%s", sequence, symbol.strip());
    }
}
