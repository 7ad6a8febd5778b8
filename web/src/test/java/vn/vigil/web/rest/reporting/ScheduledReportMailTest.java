package vn.vigil.web.rest.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.mail.MailMessage;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.Indicator;
import vn.vigil.reporting.api.Period;
import vn.vigil.reporting.api.ReportFormat;
import vn.vigil.reporting.api.ScheduleCommand;
import vn.vigil.reporting.api.ScheduledReportComposer;

class ScheduledReportMailTest {

    private static final Figures NOVEMBER = new Figures(
            null,
            new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
            Instant.parse("2026-12-05T01:00:00Z"),
            5,
            List.of(Indicator.of("INS.VISITS_DONE", 1234, 987L), new Indicator("VIC.RECEIVED", 0, 7L, true, false)));

    private final ScheduledReportMail mail = new ScheduledReportMail("Ban Chỉ đạo 138 tỉnh Đồng Nai");

    @Test
    void theMailCarriesTheFiguresInItsBodyAndAsXlsxAndPdfWithSmallVictimCountsHidden() throws Exception {
        MailMessage message = mail.compose(
                new ScheduledReportComposer.Report(
                        "Số liệu tháng gửi Văn phòng BCĐ", null, Set.of(ReportFormat.PDF, ReportFormat.XLSX), NOVEMBER),
                List.of("vanphong@dongnai.gov.vn"));

        assertThat(message.subject())
                .isEqualTo("Số liệu tháng gửi Văn phòng BCĐ: số liệu từ ngày 01/11/2026 đến ngày" + " 30/11/2026");
        assertThat(message.text())
                .contains("Kính gửi anh/chị")
                .contains("Tất cả các tỉnh, thành phố")
                .contains("Lượt kiểm tra đã hoàn thành: 1234 (987)")
                .contains("Nạn nhân được tiếp nhận: <5 (7)")
                .contains("08:00 05/12/2026");
        assertThat(message.html()).contains("&lt;5").doesNotContain("<5<");
        assertThat(message.attachments())
                .extracting(MailMessage.Attachment::fileName)
                .containsExactly("vigil-2026-11-01-2026-11-30.xlsx", "vigil-2026-11-01-2026-11-30.pdf");

        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(message.attachments().get(0).content()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Chỉ tiêu");
            Row visits = sheet.getRow(1);
            assertThat(visits.getCell(0).getStringCellValue()).isEqualTo("INS.VISITS_DONE");
            assertThat(visits.getCell(2).getNumericCellValue()).isEqualTo(1234);
            Row victims = sheet.getRow(2);
            assertThat(victims.getCell(2).getStringCellValue()).isEqualTo("<5");
            assertThat(victims.getCell(3).getNumericCellValue()).isEqualTo(7);
        }
        byte[] pdf = message.attachments().get(1).content();
        assertThat(new String(Arrays.copyOf(pdf, 5), java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(message.attachments().get(1).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aProvinceScheduleNamesItsProvinceAndAttachesOnlyWhatItAsks() {
        MailMessage message = mail.compose(
                new ScheduledReportComposer.Report(
                        "Số liệu tuần", "Tỉnh Đồng Nai", Set.of(ReportFormat.XLSX), NOVEMBER),
                List.of("a@dongnai.gov.vn"));

        assertThat(message.text()).contains("số liệu Tỉnh Đồng Nai từ ngày 01/11/2026");
        assertThat(message.attachments())
                .singleElement()
                .satisfies(a -> assertThat(a.fileName()).endsWith(".xlsx"));
    }

    @Test
    void anUnknownFormatOrAnUnreadableTimeIsRefusedNamingWhatIsAllowed() {
        assertThatThrownBy(() -> ReportSchedulesResource.command(request(List.of("XLSX", "DOCX"), "08:00")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("api.choiceInvalid");
                    assertThat(e.arguments()).contains("DOCX", "XLSX, PDF");
                });
        assertThatThrownBy(() -> ReportSchedulesResource.command(request(List.of("PDF"), "8 giờ")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("schedules.time.invalid"));
        ScheduleCommand read = ReportSchedulesResource.command(request(List.of("pdf", "xlsx"), "07:30"));
        assertThat(read.formats()).containsExactlyInAnyOrder(ReportFormat.PDF, ReportFormat.XLSX);
        assertThat(read.sendAt()).hasToString("07:30");
    }

    private static ReportSchedulesResource.ScheduleRequest request(List<String> formats, String time) {
        return new ReportSchedulesResource.ScheduleRequest(
                "Số liệu tháng", null, "monthly", 5, null, time, formats, List.of(1L));
    }
}
