package vn.vigil.web.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vigil.inspection.api.CaseDocumentView;
import vn.vigil.inspection.api.ChargedAct;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolatorKind;
import vn.vigil.web.print.SanctionDecisionPdf.FineAccount;

/** The record of violation and the sanction decision read back from their PDFs, every Vietnamese mark intact. */
class ViolationDocumentsPdfTest {

    static final LocalDate RECORDED = LocalDate.of(2026, 2, 13);
    static final LocalDate DECIDED = LocalDate.of(2026, 2, 24);
    static final List<ChargedAct> ACTS = List.of(
            new ChargedAct(
                    "38/2021/NĐ-CP",
                    15,
                    3,
                    "a",
                    "Kinh doanh dịch vụ karaoke ngoài khoảng thời gian từ 08 giờ đến 24 giờ mỗi ngày",
                    12_500_000L,
                    null),
            new ChargedAct(
                    "144/2021/NĐ-CP",
                    12,
                    1,
                    null,
                    "Không thông báo lưu trú",
                    1_500_000L,
                    "Buộc nộp lại số lợi bất hợp pháp có được do thực hiện hành vi vi phạm"));

    @Test
    void theRecordNamesItsNumberIssuerOfficerViolatorAndEachActWithItsProvision() throws IOException {
        String text = AdministrativeDocumentTest.text(ViolationRecordPdf.render(
                document(
                        "03/BB-VPHC",
                        RECORDED,
                        ACTS.stream().map(a -> unfined(a)).toList()),
                "Đồng Nai"));

        assertThat(text)
                .contains("SỞ TƯ PHÁP")
                .contains("Số: 03/BB-VPHC")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Đồng Nai, ngày 13 tháng 02 năm 2026")
                .contains("BIÊN BẢN VI PHẠM HÀNH CHÍNH")
                .contains("Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012; Luật sửa đổi, bổ sung")
                .contains("Căn cứ Nghị định số 38/2021/NĐ-CP của Chính phủ")
                .contains("Căn cứ Nghị định số 144/2021/NĐ-CP của Chính phủ")
                .contains("Người lập biên bản: Phạm Minh Tuấn, Sở Tư pháp.")
                .contains("đối với tổ chức: Công ty TNHH Giải trí Ánh Dương.")
                .contains("1. Kinh doanh dịch vụ karaoke ngoài khoảng thời gian từ 08 giờ đến 24 giờ mỗi ngày;"
                        + " quy định tại điểm a khoản 3 Điều 15 Nghị định số 38/2021/NĐ-CP.")
                .contains("2. Không thông báo lưu trú; quy định tại khoản 1 Điều 12 Nghị định số 144/2021/NĐ-CP.")
                .contains("NGƯỜI LẬP BIÊN BẢN")
                .doesNotContain("violationPdf.");
    }

    @Test
    void theDecisionSanctionsEachActAndStatesTheTotalInFiguresAndInWordsWithPaymentAndEffect() throws IOException {
        String text = AdministrativeDocumentTest.text(SanctionDecisionPdf.render(
                document("07/QĐ-XPHC", DECIDED, ACTS),
                "Đồng Nai",
                new FineAccount("Kho bạc Nhà nước khu vực XVI", "7111.0.1234567")));

        assertThat(text)
                .contains("Số: 07/QĐ-XPHC")
                .contains("Đồng Nai, ngày 24 tháng 02 năm 2026")
                .contains("QUYẾT ĐỊNH")
                .contains("Xử phạt vi phạm hành chính")
                .contains("Căn cứ Biên bản vi phạm hành chính số 03/BB-VPHC lập ngày 13/02/2026;")
                .contains("Điều 1. Xử phạt vi phạm hành chính đối với tổ chức: Công ty TNHH Giải trí Ánh Dương")
                .contains("12.500.000")
                .contains("1.500.000")
                .contains("Tổng số tiền phạt: 14.000.000 đồng (Bằng chữ: Mười bốn triệu đồng).")
                .contains("Biện pháp khắc phục hậu quả: Buộc nộp lại số lợi bất hợp pháp")
                .contains("Điều 2. Công ty TNHH Giải trí Ánh Dương phải nghiêm chỉnh chấp hành Quyết định xử phạt"
                        + " này trong thời hạn 10 ngày")
                .contains("tài khoản số 7111.0.1234567 của Kho bạc Nhà nước khu vực XVI")
                .contains("0,05%")
                .contains("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
                .contains("Sở Tư pháp chịu trách nhiệm tổ chức thi hành Quyết định này.")
                .contains("NGƯỜI RA QUYẾT ĐỊNH")
                .contains("Phạm Minh Tuấn")
                .doesNotContain("violationPdf.");
        assertThat(text.indexOf("Điều 1.")).isLessThan(text.indexOf("Điều 2."));
        assertThat(text.indexOf("Điều 2.")).isLessThan(text.indexOf("Điều 3."));
    }

    @Test
    void anAccountNotConfiguredIsLeftToWriteInByHand() throws IOException {
        String text = AdministrativeDocumentTest.text(SanctionDecisionPdf.render(
                document("08/QĐ-XPHC", DECIDED, ACTS), "Đồng Nai", new FineAccount("Kho bạc Nhà nước", null)));

        assertThat(text).contains("tài khoản số ................................ của Kho bạc Nhà nước");
    }

    @Test
    void theLateSurchargeIsWrittenAsAVietnamesePercentage() {
        assertThat(SanctionDecisionPdf.percent(5)).isEqualTo("0,05");
        assertThat(SanctionDecisionPdf.percent(10)).isEqualTo("0,1");
        assertThat(SanctionDecisionPdf.percent(100)).isEqualTo("1");
    }

    private static ChargedAct unfined(ChargedAct a) {
        return new ChargedAct(
                a.decree(), a.article(), a.clause(), a.point(), a.description(), null, a.remedialMeasures());
    }

    private static CaseDocumentView document(String number, LocalDate on, List<ChargedAct> acts) {
        long total =
                acts.stream().mapToLong(a -> a.fine() == null ? 0 : a.fine()).sum();
        ViolationCaseView c = new ViolationCaseView(
                12,
                null,
                null,
                ViolatorKind.ORGANISATION,
                "Công ty TNHH Giải trí Ánh Dương",
                ViolationCaseStatus.DECIDED,
                LocalDate.of(2026, 2, 12),
                RECORDED,
                "03/BB-VPHC",
                total == 0 ? null : number,
                total == 0 ? null : DECIDED,
                total,
                0,
                total,
                null,
                false,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                Set.of(),
                null,
                false,
                null,
                3);
        return new CaseDocumentView(c, number, "Sở Tư pháp", "Phạm Minh Tuấn", on, acts, 10, 5);
    }
}
