package vn.vigil.web.print;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.vigil.web.i18n.Bundles;

/**
 * A Vietnamese administrative document (records, decisions) on A4 in the customary layout: the issuing agency
 * with the number and symbol under it on the left, the national motto with the place and date under it on the
 * right, a centred bold title, the legal bases ("Căn cứ ..."), numbered articles ("Điều 1. ...") and the
 * signature block. Always in Vietnamese; DejaVu Serif is embedded so every Vietnamese mark prints. Parts are
 * written in the order they are called; {@link #toPdf()} ends the document.
 *
 * <pre>{@code
 * byte[] pdf = new AdministrativeDocument("Quyết định xử phạt")
 *         .heading("CÔNG AN TỈNH ĐỒNG NAI", "15/QĐ-XPHC", "Đồng Nai", LocalDate.of(2026, 11, 27))
 *         .title("QUYẾT ĐỊNH", "Xử phạt vi phạm hành chính")
 *         .legalBases(List.of("Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;"))
 *         .article("Xử phạt vi phạm hành chính đối với ...")
 *         .signatures(List.of(new Signature("NGƯỜI RA QUYẾT ĐỊNH", "Nguyễn Văn A")))
 *         .toPdf();
 * }</pre>
 */
public final class AdministrativeDocument {

    /** One signature column: the signer's capacity, a hint such as "(Ký, ghi rõ họ tên)" or null, the name. */
    public record Signature(String capacity, String hint, String name) {}

    private static final BaseFont REGULAR = font("DejaVuSerif.ttf");
    private static final BaseFont BOLD = font("DejaVuSerif-Bold.ttf");

    private final Font text = new Font(REGULAR, 11);
    private final Font strong = new Font(BOLD, 11);
    private final Font titleFont = new Font(BOLD, 14);
    private final Document document = new Document(PageSize.A4, 56, 42, 42, 42);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int articles;

    /** Starts a document; {@code title} is the PDF's title property. */
    public AdministrativeDocument(String title) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
    }

    /**
     * The national heading: agency (upper case) with "Số: ..." under it when {@code number} is not null, and the
     * motto with the place and date line under it when {@code place} is not null ({@code date} null leaves the date
     * to be written by hand).
     */
    public AdministrativeDocument heading(String agency, String number, String place, LocalDate date) {
        PdfPTable table = table(new float[] {1, 1.4f});
        PdfPCell left = stacked(centeredParagraph(agency.toUpperCase(Bundles.VIETNAMESE), strong));
        if (number != null) {
            left.addElement(centeredParagraph(t("document.number", number), text));
        }
        table.addCell(left);
        PdfPCell right =
                stacked(centeredParagraph(t("document.motto.country") + "\n" + t("document.motto.line"), strong));
        if (place != null) {
            right.addElement(centeredParagraph(placeAndDate(place, date), text));
        }
        table.addCell(right);
        document.add(table);
        line(" ");
        return this;
    }

    /** The centred title in bold capitals and, when not null, the line under it saying what it is about. */
    public AdministrativeDocument title(String title, String about) {
        document.add(centeredParagraph(title, titleFont));
        if (about != null) {
            document.add(centeredParagraph(about, text));
        }
        return this;
    }

    /** The legal bases, one paragraph each, e.g. "Căn cứ Luật Xử lý vi phạm hành chính ...;". */
    public AdministrativeDocument legalBases(List<String> bases) {
        bases.forEach(this::line);
        return this;
    }

    /** The next numbered article, "Điều 1. ...", "Điều 2. ...". */
    public AdministrativeDocument article(String content) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(t("document.article", ++articles) + " ", strong));
        p.add(new Phrase(content, text));
        p.setSpacingBefore(4);
        document.add(p);
        return this;
    }

    /** A bold section heading. */
    public AdministrativeDocument section(String content) {
        Paragraph p = new Paragraph(content, strong);
        p.setSpacingBefore(8);
        p.setSpacingAfter(3);
        document.add(p);
        return this;
    }

    /** A paragraph of body text. */
    public AdministrativeDocument line(String content) {
        document.add(new Paragraph(content, text));
        return this;
    }

    /** A centred line of body text. */
    public AdministrativeDocument centered(String content) {
        document.add(centeredParagraph(content, text));
        return this;
    }

    /** A bordered table over the page width; {@code headerRow} (bold, repeated on every page) may be null. */
    public AdministrativeDocument table(float[] widths, List<String> headerRow, List<List<Cell>> rows) {
        PdfPTable table = table(widths);
        if (headerRow != null) {
            table.setHeaderRows(1);
            headerRow.forEach(h -> table.addCell(boxed(h, strong)));
        }
        rows.forEach(row -> row.forEach(cell -> table.addCell(boxed(cell.text(), cell.bold() ? strong : text))));
        document.add(table);
        return this;
    }

    /** A table cell's text, in bold or not. */
    public record Cell(String text, boolean bold) {

        public static Cell of(String text) {
            return new Cell(text, false);
        }
    }

    /** The signature block: one column per signer, left to right, with room to sign above each name. */
    public AdministrativeDocument signatures(List<Signature> signers) {
        line(" ");
        PdfPTable table = table(ones(signers.size()));
        for (Signature s : signers) {
            StringBuilder block = new StringBuilder(s.capacity());
            if (s.hint() != null) {
                block.append('\n').append(s.hint());
            }
            if (s.name() != null) {
                block.append("\n\n\n\n").append(s.name());
            }
            table.addCell(plain(block.toString(), strong, Element.ALIGN_CENTER));
        }
        document.add(table);
        return this;
    }

    /** Ends the document and returns its bytes. */
    public byte[] toPdf() {
        document.close();
        return out.toByteArray();
    }

    /**
     * "Đồng Nai, ngày 05 tháng 02 năm 2026": days below 10 and the months January and February get a leading zero
     * (Decree 30/2020 on office documents). Without a date, the blanks are left to fill in by hand.
     */
    public static String placeAndDate(String place, LocalDate date) {
        if (date == null) {
            return t("document.placeDate", place, "....", "....", "........");
        }
        String month = date.getMonthValue() <= 2
                ? String.format("%02d", date.getMonthValue())
                : String.valueOf(date.getMonthValue());
        return t(
                "document.placeDate",
                place,
                String.format("%02d", date.getDayOfMonth()),
                month,
                String.valueOf(date.getYear()));
    }

    private static float[] ones(int n) {
        float[] widths = new float[n];
        Arrays.fill(widths, 1f);
        return widths;
    }

    private static Paragraph centeredParagraph(String content, Font font) {
        Paragraph p = new Paragraph(content, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(3);
        return table;
    }

    private static PdfPCell plain(String content, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    /** A borderless cell of paragraphs one under the other (a cell given elements ignores its own phrase). */
    private static PdfPCell stacked(Paragraph first) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.addElement(first);
        return cell;
    }

    private static PdfPCell boxed(String content, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setPadding(4);
        return cell;
    }

    private static String t(String key, Object... args) {
        return Bundles.text(Bundles.VIETNAMESE, key, args);
    }

    private static BaseFont font(String file) {
        try (InputStream in = AdministrativeDocument.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
