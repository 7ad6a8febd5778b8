package vn.vigil.reporting.infrastructure.directive;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.DemoDataRequested;
import vn.vigil.reporting.api.directive.DirectiveCommand;
import vn.vigil.reporting.api.directive.DirectiveKind;
import vn.vigil.reporting.api.directive.DirectiveView;
import vn.vigil.reporting.api.directive.Directives;
import vn.vigil.reporting.api.directive.TaskCommand;
import vn.vigil.reporting.api.directive.TaskRecurrence;
import vn.vigil.reporting.api.directive.UnitRef;

/**
 * The seed letter of the demo data: Công văn 13/BCĐ on high-risk businesses, violations, victim support and the peak
 * campaign of 1 July – 30 September, with three tasks, sent to its units. Loaded after the demo accounts (and the demo
 * commune unit) exist, through the service as the system, so it obeys the same rules as a typed-in one.
 */
@ApplicationScoped
public class DemoDirectives {

    static final String SYMBOL = "13/BCĐ";

    @Inject
    Directives directives;

    @Inject
    DirectiveStore store;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) DemoDataRequested event) {
        LocalDate issued = LocalDate.of(2026, 6, 15);
        if (store.symbolTaken(SYMBOL, issued, null)) {
            return;
        }
        DirectiveView d = directives.create(new DirectiveCommand(
                DirectiveKind.OFFICIAL_LETTER,
                SYMBOL,
                issued,
                "Phó Trưởng Ban Thường trực",
                "Ban Chỉ đạo phòng, chống tội phạm tỉnh",
                "Tăng cường kiểm tra cơ sở kinh doanh có nguy cơ, xử lý vi phạm, hỗ trợ nạn nhân và đợt cao điểm"
                        + " 01/7 – 30/9/2026",
                issued,
                LocalDate.of(2026, 12, 31)));
        long police = unit("CA");
        long health = unit("SYT");
        long culture = unit("SVHTTDL");
        long commune = unit("UBND-TRANBIEN");
        directives.addTask(
                d.id(),
                new TaskCommand(
                        "Rà soát, kiểm tra các cơ sở kinh doanh dịch vụ có nguy cơ (karaoke, xoa bóp, lưu trú, môi giới kết hôn,"
                                + " đưa người đi làm việc ở nước ngoài); báo cáo kết quả hằng tháng.",
                        police,
                        List.of(culture, commune),
                        TaskRecurrence.MONTHLY,
                        null,
                        20,
                        List.of("INS.VISITS_DONE", "VIO.CASES")));
        directives.addTask(
                d.id(),
                new TaskCommand(
                        "Tiếp nhận, xác minh và hỗ trợ nạn nhân bị mua bán; báo cáo kết quả về Ban Chỉ đạo (qua Công an tỉnh)"
                                + " trước ngày 05/10/2026.",
                        health,
                        List.of(unit("SNV"), unit("STC")),
                        TaskRecurrence.ONCE,
                        LocalDate.of(2026, 10, 5),
                        null,
                        List.of("VIC.RECEIVED", "SUP.AMOUNT_PAID")));
        directives.addTask(
                d.id(),
                new TaskCommand(
                        "Tuyên truyền cao điểm hưởng ứng Ngày toàn quốc phòng, chống mua bán người (30/7) tại cơ sở, trường học"
                                + " và khu vực biên giới; báo cáo kết quả trước ngày 10/10/2026.",
                        culture,
                        List.of(commune, unit("HLHPN")),
                        TaskRecurrence.ONCE,
                        LocalDate.of(2026, 10, 10),
                        null,
                        List.of("OUT.ACTIVITIES", "OUT.PARTICIPANTS", "OUT.MATERIALS")));
        directives.send(d.id(), directives.get(d.id()).version());
    }

    private long unit(String code) {
        return store.unitByCode(code).map(UnitRef::id).orElseThrow();
    }
}
