package vn.vigil.web.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vigil.inspection.api.AmendmentView;
import vn.vigil.inspection.api.AnswerType;
import vn.vigil.inspection.api.AnswerView;
import vn.vigil.inspection.api.EvidenceView;
import vn.vigil.inspection.api.FindingEntry;
import vn.vigil.inspection.api.IndicatorEntry;
import vn.vigil.inspection.api.PersonEntry;
import vn.vigil.inspection.api.PresentRole;
import vn.vigil.inspection.api.TraffickingIndicator;
import vn.vigil.inspection.api.VisitHeader;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.inspection.api.VisitOutcome;
import vn.vigil.inspection.api.VisitRecordView;
import vn.vigil.inspection.api.VisitStatus;

/** The printed record carries the official layout's texts with their Vietnamese marks intact. */
class VisitRecordPdfTest {

    static final Instant START = Instant.parse("2026-07-30T02:00:00Z");

    @Test
    void printsAnOfficialRecordInVietnamese() throws IOException {
        byte[] pdf = VisitRecordPdf.render(header(), record(), List.of(evidence()));

        String page1 = text(pdf);
        assertThat(page1)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("BIÊN BẢN KIỂM TRA")
                .contains("Karaoke Ánh Dương")
                .contains("Nguyễn Thị Hương")
                .contains("Phòng hát có khóa bên trong")
                .contains("Có dấu hiệu tội phạm")
                .contains("ab12cd34");
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }

    private static VisitHeader header() {
        return new VisitHeader(
                7,
                8,
                "Karaoke Ánh Dương",
                "Số 5, đường Võ Thị Sáu, phường Trấn Biên",
                "Trần Văn Chủ",
                "Kinh doanh karaoke",
                "Đoàn kiểm tra liên ngành số 1",
                "Nguyễn Thị Hương",
                List.of("Nguyễn Thị Hương", "Lê Văn Tám"),
                VisitKind.UNANNOUNCED,
                VisitStatus.SIGNED_OFF,
                START,
                START.plusSeconds(7200));
    }

    private static VisitRecordView record() {
        return new VisitRecordView(
                1,
                7,
                8,
                3L,
                2,
                List.of(
                        new AnswerView(
                                1,
                                1,
                                "K1",
                                "Phòng hát có khóa bên trong?",
                                AnswerType.YES_NO,
                                true,
                                true,
                                null,
                                null,
                                List.of()),
                        new AnswerView(
                                2,
                                2,
                                "K2",
                                "Số phòng hát",
                                AnswerType.NUMBER,
                                false,
                                null,
                                new BigDecimal("12"),
                                null,
                                List.of()),
                        new AnswerView(
                                3, 3, "K3", "Ảnh biển hiệu", AnswerType.PHOTO, true, null, null, null, List.of(40L))),
                List.of(new IndicatorEntry(TraffickingIndicator.MINORS_PRESENT, true, "Hai nhân viên 16 tuổi")),
                List.of(new PersonEntry("Trần Văn Chủ", PresentRole.OWNER, "079080001234", true, "Thừa nhận")),
                List.of(new FindingEntry("Phòng hát có khóa bên trong", 1L, true, LocalDate.of(2026, 9, 1))),
                VisitOutcome.SIGNS_OF_CRIME,
                START.plusSeconds(9000),
                "teamlead",
                3,
                List.of(new AmendmentView(
                        5, "Ghi sót", "Bổ sung tên nhân viên", List.of(), "teamlead", START.plusSeconds(90000))));
    }

    private static EvidenceView evidence() {
        return new EvidenceView(
                40,
                7,
                "bien-hieu.png",
                "image/png",
                1234,
                "ab12cd34" + "0".repeat(56),
                START,
                START,
                "inspector",
                false);
    }
}
