package vn.vigil.victim.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vigil.core.api.DemoDataRequested;
import vn.vigil.core.api.Money;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.DepartmentService;
import vn.vigil.core.api.staff.DepartmentView;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.core.api.staff.UserCommand;
import vn.vigil.victim.api.FundingSourceCommand;
import vn.vigil.victim.api.FundingSourceKind;
import vn.vigil.victim.domain.BudgetLine;
import vn.vigil.victim.domain.FundingSource;

/**
 * Demo money for victim support in 2026: the provincial budget, the national target programme and a donor, with
 * budget lines by support type; and a second finance officer, so amounts above the threshold can be approved by
 * two people. Loaded once, after the demo accounts.
 */
@ApplicationScoped
public class DemoFunds {

    static final int YEAR = 2026;
    static final String SECOND_FINANCE_OFFICER = "ketoan.syt";

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    @Inject
    UserAdminService users;

    @Inject
    DepartmentService departments;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) DemoDataRequested event) {
        if (em.createQuery("select count(s) from FundingSource s", Long.class).getSingleResult() > 0) {
            return;
        }
        secondFinanceOfficer();
        FundingSource province = source(FundingSourceKind.STATE_BUDGET, "Ngân sách tỉnh năm 2026");
        FundingSource programme = source(
                FundingSourceKind.NATIONAL_PROGRAMME,
                "Chương trình mục tiêu quốc gia phát triển hệ thống trợ giúp xã hội");
        FundingSource donor = source(FundingSourceKind.DONOR, "Quỹ hỗ trợ nạn nhân bị mua bán (nhà tài trợ)");
        line(province, "a", 240_000_000, "Chỗ ở, tiền ăn, quần áo tại cơ sở trợ giúp xã hội");
        line(province, "b", 120_000_000, null);
        line(province, "c", 30_000_000, null);
        line(province, "e", 40_000_000, "Vé tàu xe về nơi cư trú");
        line(province, "k", 150_000_000, "Trợ cấp khó khăn ban đầu cho hộ nghèo");
        line(programme, "h", 80_000_000, null);
        line(programme, "i", 120_000_000, "Học nghề ngắn hạn, giới thiệu việc làm");
        line(donor, "g", 50_000_000, "Tư vấn tâm lý");
        line(donor, "đ", 25_000_000, null);
    }

    private void secondFinanceOfficer() {
        if (users.findByUsername(SECOND_FINANCE_OFFICER).isPresent()) {
            return;
        }
        Map<String, Long> ids =
                departments.list(true).stream().collect(Collectors.toMap(DepartmentView::code, DepartmentView::id));
        users.create(
                new UserCommand(
                        SECOND_FINANCE_OFFICER,
                        "Lê Thị Thanh Hương",
                        SECOND_FINANCE_OFFICER + "@vigil.example.vn",
                        ids.get("SYT"),
                        EnumSet.of(Role.FINANCE_OFFICER),
                        true,
                        "vi"),
                "Vigil@2026".toCharArray());
    }

    private FundingSource source(FundingSourceKind kind, String name) {
        FundingSource source = new FundingSource(new FundingSourceCommand(kind, name, true));
        em.persist(source);
        em.flush();
        return source;
    }

    private void line(FundingSource source, String type, long amount, String note) {
        em.persist(new BudgetLine(YEAR, source.id(), type, Money.ofDong(amount), note));
    }
}
