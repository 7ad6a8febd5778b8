package vn.vigil.web.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.vigil.web.i18n.Bundles;

/**
 * A list printed as a plain table on landscape A4 pages, the header repeated on each page, in the printed documents'
 * font (DejaVu Serif, which has every Vietnamese letter). A PDF is for reading and printing, not for data: it holds
 * at most {@value #MAX_ROWS} rows and then says how many more the list has and that XLSX or CSV carry them all. The
 * table is handed to the document every {@value #CHUNK} rows, so only those are in memory.
 */
final class PdfTable implements TableWriter {

    static final int MAX_ROWS = 5_000;
    private static final int CHUNK = 100;
    private static final BaseFont REGULAR = font("DejaVuSerif.ttf");
    private static final BaseFont BOLD = font("DejaVuSerif-Bold.ttf");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Locale locale;
    private final int maxRows;
    private final Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    private final Font cellFont = new Font(REGULAR, 7.5f);
    private final Font headFont = new Font(BOLD, 7.5f);
    private final NumberFormat numbers;
    private PdfPTable table;
    private int written;
    private int pending;

    PdfTable(OutputStream out, Locale locale) {
        this(out, locale, MAX_ROWS);
    }

    PdfTable(OutputStream out, Locale locale, int maxRows) {
        this.maxRows = maxRows;
        this.locale = Bundles.supported(locale);
        this.numbers = NumberFormat.getIntegerInstance(this.locale);
        PdfWriter.getInstance(document, out).setCloseStream(true);
    }

    @Override
    public void header(String title, List<String> columns) {
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(title, new Font(BOLD, 13)));
        document.add(new Paragraph(
                Bundles.text(
                        locale, "export.pdf.generated", TIME.format(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")))),
                cellFont));
        document.add(new Paragraph(" ", cellFont));
        table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column, headFont));
            cell.setGrayFill(0.88f);
            table.addCell(cell);
        }
    }

    @Override
    public boolean row(List<Object> cells) {
        if (written >= maxRows) {
            return false;
        }
        for (Object value : cells) {
            PdfPCell cell = new PdfPCell(new Phrase(text(value), cellFont));
            if (value instanceof Number) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
        written++;
        if (++pending == CHUNK) {
            document.add(table);
            pending = 0;
        }
        return written < maxRows;
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long || value instanceof Integer) {
            return numbers.format(value);
        }
        if (value instanceof LocalDate d) {
            return DAY.format(d);
        }
        if (value instanceof LocalDateTime t) {
            return TIME.format(t);
        }
        return value.toString();
    }

    @Override
    public void finish(long total) {
        table.setComplete(true);
        document.add(table);
        if (total > written) {
            document.add(new Paragraph(" ", cellFont));
            document.add(new Paragraph(
                    Bundles.text(locale, "export.pdf.capped", numbers.format(written), numbers.format(total)),
                    headFont));
        }
        document.close();
    }

    @Override
    public void close() {
        if (document.isOpen()) {
            document.close();
        }
    }

    private static BaseFont font(String file) {
        String path = "/vn/vigil/web/print/fonts/" + file;
        try (InputStream in = PdfTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + path);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
