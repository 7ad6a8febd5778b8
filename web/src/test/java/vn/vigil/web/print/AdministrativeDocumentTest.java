package vn.vigil.web.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vigil.web.print.AdministrativeDocument.Cell;
import vn.vigil.web.print.AdministrativeDocument.Signature;

/** The customary layout of a Vietnamese administrative document, read back from the PDF with its marks intact. */
class AdministrativeDocumentTest {

    @Test
    void aDecisionCarriesEveryPartOfTheLayoutInVietnamese() throws IOException {
        byte[] pdf = new AdministrativeDocument("Quyết định xử phạt vi phạm hành chính")
                .heading("Công an tỉnh Đồng Nai", "15/QĐ-XPHC", "Đồng Nai", LocalDate.of(2026, 2, 5))
                .title("QUYẾT ĐỊNH", "Xử phạt vi phạm hành chính")
                .legalBases(List.of(
                        "Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;",
                        "Căn cứ Nghị định số 144/2021/NĐ-CP ngày 31 tháng 12 năm 2021 của Chính phủ;"))
                .centered("QUYẾT ĐỊNH:")
                .article("Xử phạt vi phạm hành chính đối với cơ sở Karaoke Ánh Dương.")
                .article("Mức phạt: 15.000.000 đồng (Mười lăm triệu đồng).")
                .table(
                        new float[] {1, 3},
                        List.of("Hành vi", "Căn cứ"),
                        List.of(List.of(Cell.of("Phòng hát có khóa bên trong"), new Cell("Điểm a khoản 2", true))))
                .signatures(List.of(new Signature("NGƯỜI RA QUYẾT ĐỊNH", "(Ký, ghi rõ họ tên)", "Phạm Đức Thắng")))
                .toPdf();

        String text = text(pdf);

        assertThat(text)
                .contains("CÔNG AN TỈNH ĐỒNG NAI")
                .contains("Số: 15/QĐ-XPHC")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Đồng Nai, ngày 05 tháng 02 năm 2026")
                .contains("QUYẾT ĐỊNH")
                .contains("Xử phạt vi phạm hành chính")
                .contains("Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;")
                .contains("Điều 1. Xử phạt vi phạm hành chính đối với cơ sở Karaoke Ánh Dương.")
                .contains("Điều 2. Mức phạt: 15.000.000 đồng (Mười lăm triệu đồng).")
                .contains("Phòng hát có khóa bên trong")
                .contains("NGƯỜI RA QUYẾT ĐỊNH")
                .contains("Phạm Đức Thắng");
        assertThat(text.indexOf("Căn cứ Luật")).isLessThan(text.indexOf("Điều 1."));
        assertThat(text.indexOf("Điều 1.")).isLessThan(text.indexOf("Điều 2."));
        assertThat(text.indexOf("Điều 2.")).isLessThan(text.indexOf("Phạm Đức Thắng"));
    }

    @Test
    void aRecordWithoutNumberOrDateLeavesThemOut() throws IOException {
        String text = text(new AdministrativeDocument("Biên bản")
                .heading("Đoàn kiểm tra liên ngành số 1", null, null, null)
                .title("BIÊN BẢN", null)
                .toPdf());

        assertThat(text)
                .contains("ĐOÀN KIỂM TRA LIÊN NGÀNH SỐ 1")
                .doesNotContain("Số:")
                .doesNotContain("ngày");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-27|Đồng Nai, ngày 27 tháng 11 năm 2026",
                "2026-02-05|Đồng Nai, ngày 05 tháng 02 năm 2026",
                "2026-01-31|Đồng Nai, ngày 31 tháng 01 năm 2026",
                "2026-03-01|Đồng Nai, ngày 01 tháng 3 năm 2026",
                "2026-10-09|Đồng Nai, ngày 09 tháng 10 năm 2026"
            })
    void placeAndDateAreWrittenTheAdministrativeWay(LocalDate date, String expected) {
        assertThat(AdministrativeDocument.placeAndDate("Đồng Nai", date)).isEqualTo(expected);
    }

    @Test
    void withoutADateTheBlanksAreLeftToFillIn() {
        assertThat(AdministrativeDocument.placeAndDate("Đồng Nai", null))
                .isEqualTo("Đồng Nai, ngày .... tháng .... năm ........");
    }

    /** The PDF's text with line breaks from wrapping in narrow cells read as spaces. */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
