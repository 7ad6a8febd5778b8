package vn.vigil.inspection.infrastructure;

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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DemoDataRequested;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.document.DocumentNumbers;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.ViolationCaseAction;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.api.ViolatorKind;
import vn.vigil.inspection.application.CaseDeadlineClock;
import vn.vigil.inspection.application.CaseNumbering;
import vn.vigil.inspection.domain.LegalProvision;
import vn.vigil.inspection.domain.ViolationCase;
import vn.vigil.inspection.domain.ViolationCaseRepository;

/**
 * Demo violation cases, so the legal officer's desk and the committee's figures are not empty on a first start: one
 * case at every step of the statutory workflow (opened, recorded, explanation asked, decided, delivered, paid, closed,
 * enforced, with the police, returned, prosecuted, not sanctioned, exempted as a victim, a complaint pending), some
 * of them past their deadline, and a year of concluded cases, two a month, each taken step by step through the
 * domain as the legal officer would, numbered by the document numbering, with its statutory deadline set. Opened by
 * hand (a report to the hotline, an inspection by the police), not from a visit. Deterministic; loaded once, after the
 * demo teams.
 */
@ApplicationScoped
public class DemoViolationCases {

    static final String LEGAL_OFFICER = "legal";

    private static final List<String> REASONS = List.of(
            "Phản ánh của người dân qua đường dây nóng 111",
            "Công an xã phát hiện khi kiểm tra hành chính",
            "Tin báo của Ủy ban nhân dân xã",
            "Báo chí phản ánh, Ban Chỉ đạo giao kiểm tra");

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    @Inject
    ViolationCaseRepository cases;

    @Inject
    CaseDeadlineClock clock;

    @Inject
    DocumentNumbers numbers;

    @Inject
    StaffDirectory staff;

    private CaseNumbering numbering;
    private List<LegalProvision> provisions;
    private LocalDate today;

    /** A case to reach: the status it stops at, and how many days ago it was detected. */
    record Script(ViolationCaseStatus stopAt, int detectedDaysAgo, boolean complaint) {
        Script(ViolationCaseStatus stopAt, int detectedDaysAgo) {
            this(stopAt, detectedDaysAgo, false);
        }
    }

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 920) DemoDataRequested event) {
        if (em.createQuery("select count(c) from ViolationCase c", Long.class).getSingleResult() > 0) {
            return;
        }
        List<Object[]> establishments = em.createQuery(
                        "select e.id, e.name from Establishment e"
                                + " where e.status = vn.vigil.inspection.api.EstablishmentStatus.OPERATING"
                                + " order by e.id",
                        Object[].class)
                .getResultList();
        if (establishments.isEmpty() || staff.findByUsername(LEGAL_OFFICER).isEmpty()) {
            return;
        }
        today = VietnamTime.today();
        numbering = new CaseNumbering(numbers, staff, new ActingAs(LEGAL_OFFICER));
        provisions = em.createQuery(
                        "select p from LegalProvision p where p.individualFineMin > 0 order by p.id",
                        LegalProvision.class)
                .getResultList();
        if (provisions.isEmpty()) {
            return;
        }
        int n = 0;
        for (Script script : scripts()) {
            Object[] target = establishments.get(n % establishments.size());
            play(script, (Long) target[0], (String) target[1], n);
            n++;
        }
        cases.flush();
    }

    /** A case at every step, then two concluded cases a month over the past year. */
    static List<Script> scripts() {
        List<Script> scripts = new java.util.ArrayList<>(List.of(
                new Script(ViolationCaseStatus.OPENED, 1),
                new Script(ViolationCaseStatus.OPENED, 12),
                new Script(ViolationCaseStatus.RECORDED, 3),
                new Script(ViolationCaseStatus.RECORDED, 20),
                new Script(ViolationCaseStatus.EXPLANATION, 9),
                new Script(ViolationCaseStatus.DECIDED, 6),
                new Script(ViolationCaseStatus.DELIVERED, 9),
                new Script(ViolationCaseStatus.DELIVERED, 40, true),
                new Script(ViolationCaseStatus.PAID, 30),
                new Script(ViolationCaseStatus.CLOSED, 45),
                new Script(ViolationCaseStatus.ENFORCEMENT, 70),
                new Script(ViolationCaseStatus.TRANSFERRED_TO_POLICE, 8),
                new Script(ViolationCaseStatus.RETURNED, 25),
                new Script(ViolationCaseStatus.PROSECUTED, 90),
                new Script(ViolationCaseStatus.NOT_SANCTIONED, 50),
                new Script(ViolationCaseStatus.EXEMPTED, 35)));
        for (int month = 2; month <= 12; month++) {
            scripts.add(new Script(ViolationCaseStatus.CLOSED, month * 30 - 10));
            scripts.add(new Script(
                    month % 3 == 0 ? ViolationCaseStatus.PROSECUTED : ViolationCaseStatus.PAID, month * 30 + 3));
        }
        return scripts;
    }

    private void play(Script script, long establishmentId, String establishment, int n) {
        LocalDate detected = today.minusDays(script.detectedDaysAgo());
        ViolationCase c = new ViolationCase(
                null, establishmentId, detected, REASONS.get(n % REASONS.size()), LEGAL_OFFICER, at(detected));
        cases.add(c);
        em.flush(); // the numbering refers to the case's id
        ViolationCaseStatus stop = script.stopAt();
        if (stop == ViolationCaseStatus.OPENED) {
            done(c);
            return;
        }
        if (stop == ViolationCaseStatus.EXEMPTED) {
            c.take(
                    ViolationCaseAction.EXEMPT_AS_VICTIM,
                    "Người vi phạm là nạn nhân bị mua bán, được miễn xử phạt",
                    LEGAL_OFFICER,
                    at(day(detected, 2)));
            done(c);
            return;
        }
        ViolatorKind kind = n % 3 == 0 ? ViolatorKind.INDIVIDUAL : ViolatorKind.ORGANISATION;
        String violator = kind == ViolatorKind.ORGANISATION ? establishment : "Nguyễn Văn " + (char) ('A' + n % 20);
        List<LegalProvision> inForce =
                provisions.stream().filter(p -> p.inForceOn(detected)).toList();
        if (inForce.isEmpty()) {
            done(c);
            return;
        }
        LegalProvision act = inForce.get(n % inForce.size());
        LocalDate recorded = day(detected, 1);
        c.recordViolation(
                numbering.record(c.id(), recorded),
                kind,
                violator,
                List.of(act.id()),
                recorded,
                null,
                false,
                LEGAL_OFFICER,
                at(recorded));
        switch (stop) {
            case RECORDED -> {
                done(c);
                return;
            }
            case EXPLANATION -> {
                c.take(
                        ViolationCaseAction.REQUEST_EXPLANATION,
                        "Người vi phạm yêu cầu giải trình bằng văn bản",
                        LEGAL_OFFICER,
                        at(day(detected, 2)));
                done(c);
                return;
            }
            case NOT_SANCTIONED -> {
                c.take(
                        ViolationCaseAction.DECIDE_NOT_TO_SANCTION,
                        "Không đủ căn cứ xác định hành vi vi phạm",
                        LEGAL_OFFICER,
                        at(day(detected, 4)));
                done(c);
                return;
            }
            case TRANSFERRED_TO_POLICE, RETURNED, PROSECUTED -> {
                LocalDate transferred = day(detected, 2);
                c.take(
                        ViolationCaseAction.TRANSFER_TO_POLICE,
                        "Có dấu hiệu tội phạm mua bán người (Điều 150 BLHS)",
                        LEGAL_OFFICER,
                        at(transferred));
                if (stop == ViolationCaseStatus.RETURNED) {
                    LocalDate returned = day(detected, 12);
                    c.returnFromPolice(
                            returned,
                            "Cơ quan điều tra không khởi tố vụ án, trả hồ sơ để xử phạt",
                            LEGAL_OFFICER,
                            at(returned));
                } else if (stop == ViolationCaseStatus.PROSECUTED) {
                    c.take(
                            ViolationCaseAction.PROSECUTE,
                            "Cơ quan điều tra đã khởi tố vụ án",
                            LEGAL_OFFICER,
                            at(day(detected, 20)));
                }
                done(c);
                return;
            }
            default -> {
                // decided and beyond
            }
        }
        LocalDate decided = day(detected, 4);
        Map<Long, LegalProvision> charged =
                List.of(act).stream().collect(Collectors.toMap(LegalProvision::id, Function.identity()));
        long fine = kind == ViolatorKind.ORGANISATION ? act.organisationFineMin() : act.individualFineMin();
        c.issueDecision(
                numbering.decision(c.id(), decided),
                decided,
                List.of(fine),
                charged,
                clock.limitationEnds(c),
                LEGAL_OFFICER,
                at(decided));
        if (stop == ViolationCaseStatus.DECIDED) {
            done(c);
            return;
        }
        LocalDate delivered = day(detected, 5);
        c.deliverDecision(delivered, false, null, LEGAL_OFFICER, at(delivered));
        if (script.complaint()) {
            LocalDate filed = day(detected, 15);
            c.fileComplaint(
                    filed,
                    "Cơ sở khiếu nại mức phạt, đề nghị xem xét lại",
                    false,
                    clock.due(ViolationRuleCode.COMPLAINT, delivered),
                    LEGAL_OFFICER,
                    at(filed));
        }
        if (stop == ViolationCaseStatus.DELIVERED) {
            done(c);
            return;
        }
        if (stop == ViolationCaseStatus.ENFORCEMENT) {
            c.take(
                    ViolationCaseAction.START_ENFORCEMENT,
                    "Quá thời hạn nộp phạt, tổ chức cưỡng chế thi hành",
                    LEGAL_OFFICER,
                    at(day(detected, 30)));
            done(c);
            return;
        }
        LocalDate paid = day(detected, 9);
        c.recordPayment("BL-" + paid.getYear() + "-" + (1000 + n), paid, fine, 0, LEGAL_OFFICER, at(paid));
        if (stop == ViolationCaseStatus.CLOSED) {
            c.take(
                    ViolationCaseAction.CLOSE,
                    "Đã nộp đủ tiền phạt, kết thúc hồ sơ",
                    LEGAL_OFFICER,
                    at(day(detected, 11)));
        }
        done(c);
    }

    private void done(ViolationCase c) {
        clock.setNextDeadline(c);
        em.flush();
    }

    /** {@code days} after {@code from}, but never after today. */
    private LocalDate day(LocalDate from, int days) {
        LocalDate d = from.plusDays(days);
        return d.isAfter(today) ? today : d;
    }

    private static Instant at(LocalDate day) {
        return VietnamTime.instant(day.atTime(LocalTime.of(9, 30)));
    }

    /** The legal officer the demo cases are taken through by (start-up work otherwise acts as the system). */
    private record ActingAs(String username) implements CurrentActor {
        @Override
        public boolean hasRole(Role role) {
            return role == Role.LEGAL_OFFICER;
        }
    }
}
