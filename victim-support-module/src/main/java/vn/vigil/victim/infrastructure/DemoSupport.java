package vn.vigil.victim.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vigil.core.api.DemoDataRequested;
import vn.vigil.core.api.Money;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.victim.api.ClosureCommand;
import vn.vigil.victim.api.DisbursementMethod;
import vn.vigil.victim.api.PersonRole;
import vn.vigil.victim.api.PersonStatus;
import vn.vigil.victim.api.Sex;
import vn.vigil.victim.api.VerificationCommand;
import vn.vigil.victim.domain.ApprovalRule;
import vn.vigil.victim.domain.BudgetLine;
import vn.vigil.victim.domain.BudgetRepository;
import vn.vigil.victim.domain.IdentityCipher;
import vn.vigil.victim.domain.LedgerEntry;
import vn.vigil.victim.domain.Person;
import vn.vigil.victim.domain.RateRepository;
import vn.vigil.victim.domain.SupportRate;
import vn.vigil.victim.domain.SupportRequest;
import vn.vigil.victim.domain.SupportRequestRepository;
import vn.vigil.victim.domain.VictimCase;
import vn.vigil.victim.domain.VictimCaseRepository;
import vn.vigil.victim.domain.VietnamDate;

/**
 * A year of victim support in the demo budget year, so finance's screens and every dashboard have figures on a first
 * start: two cases received each month so far (no consent, so no identity stored), verified, and closed once their
 * support is over, each with meals at the rate in force and the initial hardship allowance (and, every other case,
 * vocational training or counselling decided case by case), approved and paid within weeks and written to the
 * ledger on those days; and today's work: requests waiting for a first approval, one waiting for the second (above
 * the threshold), approved ones waiting to be paid and a cancelled one, on the recent demo cases. The requester is
 * the demo case worker, the approvers the two finance officers, as the four-eyes rules demand. Loaded once, after the
 * demo cases and funds.
 */
@ApplicationScoped
public class DemoSupport {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CASE_WORKER = DemoVictimCases.CASE_WORKER;
    private static final String FINANCE = "finance";
    private static final String SECOND = DemoFunds.SECOND_FINANCE_OFFICER;
    private static final List<String> PLACES = List.of(
            "Trung tâm Công tác xã hội tỉnh",
            "Cửa khẩu quốc tế Lào Cai",
            "Công an xã tiếp nhận từ Trung Quốc trao trả",
            "Nhà tạm lánh của Hội Liên hiệp Phụ nữ tỉnh");

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    @Inject
    VictimCaseRepository cases;

    @Inject
    IdentityCipher cipher;

    @Inject
    RateRepository rates;

    @Inject
    SupportRequestRepository requests;

    @Inject
    BudgetRepository budgets;

    @Inject
    AdminUnitService units;

    private Map<String, BudgetLine> lines;
    private ApprovalRule rule;
    private LocalDate today;
    private int receipts;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 960) DemoDataRequested event) {
        if (em.createQuery("select count(r) from SupportRequest r", Long.class).getSingleResult() > 0) {
            return;
        }
        lines = em
                .createQuery("select l from BudgetLine l where l.year = :year", BudgetLine.class)
                .setParameter("year", DemoFunds.YEAR)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(BudgetLine::supportType, l -> l, (a, b) -> a));
        if (!lines.keySet().containsAll(List.of("a", "k", "i", "g"))) {
            return;
        }
        rule = budgets.approvalRule();
        today = VietnamDate.today();
        List<Long> communes = units.inForce(UnitLevel.COMMUNE, null, today).stream()
                .limit(12)
                .map(AdminUnitView::id)
                .toList();
        LocalDate start = LocalDate.of(DemoFunds.YEAR, 1, 1);
        int n = 0;
        for (LocalDate month = start;
                !month.isAfter(today) && month.getYear() == DemoFunds.YEAR;
                month = month.plusMonths(1)) {
            for (int day : new int[] {5, 18}) {
                LocalDate received = month.withDayOfMonth(day);
                if (!received.isBefore(today.minusDays(14))) {
                    continue; // the last fortnight belongs to the cases of DemoVictimCases
                }
                Long unit = communes.isEmpty() ? null : communes.get(n % communes.size());
                supportedCase(received, unit, n++);
            }
        }
        todaysWork();
        em.flush();
    }

    /** A case of the past months: verified, supported, paid, and closed once its support is over. */
    private void supportedCase(LocalDate received, Long unit, int n) {
        Person person = new Person(
                1985 + n % 20, n % 4 == 3 ? Sex.MALE : Sex.FEMALE, n % 7 == 6 ? "LA" : "VN", false, null, cipher);
        cases.add(person);
        VictimCase c = new VictimCase(
                cases.nextCode(received.getYear()),
                person.id(),
                new VictimCase.Reception(
                        received,
                        PLACES.get(n % PLACES.size()),
                        unit,
                        "Công an tỉnh",
                        PersonRole.VICTIM,
                        null,
                        false,
                        false,
                        null),
                CASE_WORKER,
                today);
        cases.add(c);
        em.flush();
        c.recordVerification(new VerificationCommand(
                n % 9 == 8 ? PersonStatus.NOT_A_VICTIM : PersonStatus.VERIFIED_VICTIM,
                upToToday(received.plusDays(8)),
                "Công an tỉnh"));
        LocalDate approved = upToToday(received.plusDays(3));
        LocalDate paid = upToToday(received.plusDays(10));
        paid(meals(c.id(), received), approved, paid);
        paid(request(c.id(), "k", received, 3_000_000, null), approved, paid);
        if (n % 2 == 0) {
            paid(
                    request(c.id(), "i", received, 4_500_000, "Khóa học nghề may công nghiệp 3 tháng"),
                    approved,
                    upToToday(received.plusDays(30)));
        } else if (n % 3 == 0) {
            paid(request(c.id(), "g", received, 1_200_000, "Tư vấn tâm lý 6 buổi"), approved, paid);
        }
        if (received.isBefore(today.minusDays(60))) {
            c.close(new ClosureCommand(received.plusDays(45), "Đã hồi hương, tái hòa nhập cộng đồng"));
        }
    }

    /** Today's queue for finance, on the open demo cases. */
    private void todaysWork() {
        List<VictimCase> open = em.createQuery(
                        "select c from VictimCase c where c.caseWorker = :worker and c.closedOn is null"
                                + " order by c.receivedOn desc, c.id",
                        VictimCase.class)
                .setParameter("worker", CASE_WORKER)
                .setMaxResults(4)
                .getResultList();
        if (open.size() < 4) {
            return;
        }
        LocalDate asked = today.minusDays(2);
        meals(open.get(0).id(), open.get(0).receivedOn());
        request(open.get(1).id(), "k", asked, 3_000_000, null);
        SupportRequest large = request(open.get(2).id(), "i", asked, 12_000_000, "Học nghề và hỗ trợ vốn khởi nghiệp");
        approve(large, asked);
        SupportRequest toPay = request(open.get(2).id(), "k", asked, 3_000_000, null);
        approve(toPay, today.minusDays(1));
        SupportRequest toPayToo = meals(open.get(3).id(), open.get(3).receivedOn());
        approve(toPayToo, today.minusDays(1));
        SupportRequest withdrawn = request(open.get(3).id(), "g", asked, 800_000, "Tư vấn tâm lý");
        approve(withdrawn, asked);
        if (withdrawn.cancel("Người được hỗ trợ chuyển về địa phương khác")) {
            ledger(withdrawn, LedgerEntry.Kind.RELEASED, today);
        }
    }

    /** Meals at the daily rate in force, for the first month after reception (case by case without a rate). */
    private SupportRequest meals(long caseId, LocalDate received) {
        List<SupportRate> inForce = rates.inForce("a", received).stream()
                .filter(r -> "MEALS".equals(r.item()))
                .toList();
        if (inForce.isEmpty()) {
            return request(caseId, "a", received, 1_800_000, "Tiền ăn 30 ngày tại cơ sở trợ giúp xã hội");
        }
        SupportRate rate = inForce.get(0);
        LocalDate until = received.plusDays(29);
        int days = rate.quantity(received, until, null);
        SupportRequest r = new SupportRequest(
                new SupportRequest.Terms(
                        caseId,
                        "a",
                        rate.id(),
                        days,
                        received,
                        until,
                        rate.ceiling(days),
                        false,
                        null,
                        "Tiền ăn trong thời gian ở cơ sở trợ giúp xã hội"),
                CASE_WORKER,
                received);
        return allocated(r);
    }

    /** A one-off request: at the rate in force when there is one for the type, otherwise decided case by case. */
    private SupportRequest request(long caseId, String type, LocalDate on, long amount, String caseByCaseReason) {
        List<SupportRate> inForce = caseByCaseReason == null ? rates.inForce(type, on) : List.of();
        SupportRequest r;
        if (!inForce.isEmpty()) {
            SupportRate rate = inForce.get(0);
            r = new SupportRequest(
                    new SupportRequest.Terms(
                            caseId, type, rate.id(), 1, null, null, rate.ceiling(1), false, null, rate.nameVi()),
                    CASE_WORKER,
                    on);
        } else {
            String why = caseByCaseReason != null ? caseByCaseReason : "Theo đề nghị của cán bộ quản lý hồ sơ";
            r = new SupportRequest(
                    new SupportRequest.Terms(caseId, type, null, 1, null, null, Money.ofDong(amount), true, why, why),
                    CASE_WORKER,
                    on);
        }
        return allocated(r);
    }

    private SupportRequest allocated(SupportRequest r) {
        requests.add(r);
        r.allocate(lines.get(r.supportType()));
        requests.flush();
        return r;
    }

    /** Approved (by both officers when the amount needs two), the money committed on the line that day. */
    private void approve(SupportRequest r, LocalDate on) {
        boolean two = rule.needsSecondApproval(r.amount());
        r.approve(FINANCE, two);
        ledger(r, LedgerEntry.Kind.COMMITTED, on); // above the threshold it then waits for the second officer
    }

    private void paid(SupportRequest r, LocalDate approvedOn, LocalDate paidOn) {
        boolean two = rule.needsSecondApproval(r.amount());
        r.approve(FINANCE, two);
        ledger(r, LedgerEntry.Kind.COMMITTED, approvedOn);
        if (two) {
            r.approve(SECOND, false);
        }
        r.disburse(
                receipts % 3 == 0 ? DisbursementMethod.CASH : DisbursementMethod.TRANSFER,
                "PC-" + DemoFunds.YEAR + "-" + String.format("%04d", ++receipts),
                paidOn,
                today);
        ledger(r, LedgerEntry.Kind.DISBURSED, paidOn);
    }

    private void ledger(SupportRequest r, LedgerEntry.Kind kind, LocalDate on) {
        String by = kind == LedgerEntry.Kind.RELEASED ? FINANCE : r.firstApprover();
        budgets.append(
                new LedgerEntry(r.budgetLineId(), r.id(), kind, r.amount().dong(), by, at(on)));
    }

    private LocalDate upToToday(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(VIETNAM).toInstant();
    }
}
