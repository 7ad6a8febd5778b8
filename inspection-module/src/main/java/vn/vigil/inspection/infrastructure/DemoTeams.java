package vn.vigil.inspection.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vigil.core.api.DemoDataRequested;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.DepartmentService;
import vn.vigil.core.api.staff.DepartmentView;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.core.api.staff.UserCommand;
import vn.vigil.inspection.api.AnswerEntry;
import vn.vigil.inspection.api.ChecklistItemView;
import vn.vigil.inspection.api.RecordContent;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.inspection.api.VisitOutcome;
import vn.vigil.inspection.domain.ChecklistVersion;
import vn.vigil.inspection.domain.Checklists;
import vn.vigil.inspection.domain.EvidenceFile;
import vn.vigil.inspection.domain.EvidenceLimits;
import vn.vigil.inspection.domain.RecordDraft;
import vn.vigil.inspection.domain.Team;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitEvidence;
import vn.vigil.inspection.domain.VisitPeriod;
import vn.vigil.inspection.domain.VisitRecord;

/**
 * Demo teams and their visits: two interdisciplinary teams (the demo team lead and inspector with field staff of
 * health, home affairs and culture), and visits over the last three months (signed off or called off) and the next
 * two weeks, some of them today. A signed-off visit has its record, as recording and signing off make it: the
 * checklist in force answered (the establishment complies; a photo of the premises handed in by the lead), no
 * violation, signed by the lead. Runs after the demo accounts and establishments; deterministic; loaded once.
 */
@ApplicationScoped
public class DemoTeams {

    private static final String PASSWORD = "Vigil@2026";
    private static final EvidenceLimits LIMITS = new EvidenceLimits(10 * EvidenceLimits.MB, 20 * EvidenceLimits.MB);

    record FieldStaff(String username, String fullName, String department, Set<Role> roles) {}

    static final List<FieldStaff> FIELD_STAFF = List.of(
            new FieldStaff("kiemtra.syt", "Trần Thị Thu Hà", "SYT", EnumSet.of(Role.INSPECTOR)),
            new FieldStaff("kiemtra.snv", "Phạm Văn Lực", "SNV", EnumSet.of(Role.INSPECTOR)),
            new FieldStaff("kiemtra.ca", "Đinh Công Minh", "CA", EnumSet.of(Role.INSPECTOR)),
            new FieldStaff("truongdoan.vhtt", "Ngô Thanh Tùng", "SVHTTDL", EnumSet.of(Role.TEAM_LEAD, Role.INSPECTOR)));

    private static final List<String> CANCEL_REASONS = List.of(
            "Cơ sở tạm ngừng kinh doanh trong thời gian kiểm tra",
            "Đoàn được điều động thực hiện nhiệm vụ đột xuất",
            "Thời tiết xấu, không bảo đảm an toàn khi di chuyển");

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    @Inject
    UserAdminService users;

    @Inject
    DepartmentService departments;

    @Inject
    StaffDirectory staff;

    @Inject
    Checklists checklists;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoDataRequested event) {
        if (em.createQuery("select count(t) from Team t", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, Long> departmentIds =
                departments.list(true).stream().collect(Collectors.toMap(DepartmentView::code, DepartmentView::id));
        for (FieldStaff s : FIELD_STAFF) {
            if (users.findByUsername(s.username()).isEmpty()) {
                users.create(
                        new UserCommand(
                                s.username(),
                                s.fullName(),
                                s.username() + "@vigil.example.vn",
                                departmentIds.get(s.department()),
                                s.roles(),
                                true,
                                "vi"),
                        PASSWORD.toCharArray());
            }
        }
        Team first = team("Đoàn kiểm tra liên ngành số 1", "teamlead", "teamlead", "inspector", "kiemtra.syt");
        Team second = team(
                "Đoàn kiểm tra liên ngành số 2", "truongdoan.vhtt", "truongdoan.vhtt", "kiemtra.snv", "kiemtra.ca");
        Map<Team, String> leads = Map.of(first, "teamlead", second, "truongdoan.vhtt");
        List<Object[]> establishments = em.createQuery(
                        "select e.id, e.communeId, e.businessLineId from Establishment e"
                                + " where e.status = vn.vigil.inspection.api.EstablishmentStatus.OPERATING"
                                + " order by e.riskScore desc, e.id",
                        Object[].class)
                .getResultList();
        if (establishments.isEmpty()) {
            return;
        }
        Random random = new Random(20261128L);
        LocalDate today = VietnamTime.today();
        int next = 0;
        for (LocalDate day = today.minusDays(90); !day.isAfter(today.plusDays(14)); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            for (Team team : List.of(first, second)) {
                boolean isToday = day.equals(today);
                if (!isToday && (weekend || random.nextInt(10) >= 4)) {
                    continue;
                }
                LocalTime start = team == first ? LocalTime.of(8, 0) : LocalTime.of(14, 0);
                Object[] target = establishments.get(next++ % establishments.size());
                VisitPeriod period = new VisitPeriod(
                        VietnamTime.instant(day.atTime(start)),
                        VietnamTime.instant(day.atTime(start.plusMinutes(150 + 30L * random.nextInt(3)))));
                Visit visit = new Visit(
                        (Long) target[0],
                        (Long) target[1],
                        team.id(),
                        null,
                        random.nextInt(10) < 3 ? VisitKind.UNANNOUNCED : VisitKind.ANNOUNCED,
                        period,
                        team.seats());
                em.persist(visit);
                if (day.isBefore(today)) {
                    conclude(visit, (Long) target[2], leads.get(team), random);
                }
            }
        }
    }

    private Team team(String name, String lead, String... members) {
        List<StaffMember> people = staff.enabledWith(EnumSet.of(Role.INSPECTOR, Role.TEAM_LEAD)).stream()
                .filter(s -> List.of(members).contains(s.username()))
                .toList();
        long leadId = people.stream()
                .filter(s -> s.username().equals(lead))
                .findFirst()
                .orElseThrow()
                .id();
        Team team = new Team(name, leadId, people);
        em.persist(team);
        em.flush();
        return team;
    }

    /** A past visit was signed off with its record, or now and then called off. */
    private void conclude(Visit visit, long businessLineId, String lead, Random random) {
        if (random.nextInt(10) == 0) {
            visit.cancel(CANCEL_REASONS.get(random.nextInt(CANCEL_REASONS.size())));
            return;
        }
        visit.beginRecording();
        Optional<ChecklistVersion> checklist =
                checklists.templateOfLine(businessLineId).flatMap(t -> checklists.inForce(t.id()));
        VisitRecord record = new VisitRecord(
                visit.id(),
                visit.establishmentId(),
                checklist.map(ChecklistVersion::id).orElse(null));
        em.persist(record);
        em.flush(); // begun before the photo comes in
        List<ChecklistItemView> items = checklist
                .map(v -> v.items().stream()
                        .map(i -> new ChecklistItemView(
                                i.id(), i.position(), i.code(), i.question(), i.answerType(), i.required()))
                        .toList())
                .orElse(List.of());
        List<AnswerEntry> answers = new ArrayList<>();
        Set<Long> evidence = new HashSet<>();
        for (ChecklistItemView item : items) {
            if (item.required()) {
                switch (item.answerType()) {
                    case YES_NO -> answers.add(new AnswerEntry(item.id(), true, null, null, null));
                    case NUMBER -> answers.add(new AnswerEntry(item.id(), null, BigDecimal.valueOf(4), null, null));
                    case TEXT -> answers.add(new AnswerEntry(item.id(), null, null, "Không có ghi nhận khác", null));
                    case PHOTO -> {
                        long photo = photo(visit, lead, evidence.size() + 1);
                        evidence.add(photo);
                        answers.add(new AnswerEntry(item.id(), null, null, null, List.of(photo)));
                    }
                }
            }
        }
        record.revise(RecordDraft.of(
                new RecordContent(answers, List.of(), List.of(), List.of(), VisitOutcome.NO_VIOLATION),
                items,
                evidence));
        em.flush(); // saved before it is signed: a signed record takes no parts (the database refuses them)
        record.signOff(lead, Instant.now(), items);
        visit.signOff();
    }

    /** A photo of the visit handed in by {@code by}, taken half an hour into the visit; returns its id. */
    private long photo(Visit visit, String by, int number) {
        String comment = "Vigil demo " + visit.id() + "-" + number;
        byte[] jpeg = DemoPhoto.jpeg(comment);
        EvidenceFile file =
                EvidenceFile.read("mat-tien-" + number + ".jpg", "image/jpeg", new ByteArrayInputStream(jpeg), LIMITS);
        Instant captured = visit.period().startsAt().plus(Duration.ofMinutes(30));
        VisitEvidence stored =
                new VisitEvidence(visit.id(), file, captured, Instant.now().truncatedTo(ChronoUnit.MICROS), by, false);
        em.persist(stored);
        em.flush();
        return stored.id();
    }
}
