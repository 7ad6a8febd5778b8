package vn.vigil.inspection.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.inspection.domain.Team;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitPeriod;

/**
 * Demo teams and their visits: two interdisciplinary teams (the demo team lead and inspector with field staff of
 * health, home affairs and culture), and visits over the last three months (signed off or called off) and the next
 * two weeks, some of them today. Runs after the demo accounts and establishments; deterministic; loaded once.
 */
@ApplicationScoped
public class DemoTeams {

    private static final String PASSWORD = "Vigil@2026";

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
        List<Object[]> establishments = em.createQuery(
                        "select e.id, e.communeId from Establishment e"
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
                if (day.isBefore(today)) {
                    conclude(visit, random);
                }
                em.persist(visit);
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

    /** A past visit was signed off, or now and then called off. */
    private static void conclude(Visit visit, Random random) {
        if (random.nextInt(10) == 0) {
            visit.cancel(CANCEL_REASONS.get(random.nextInt(CANCEL_REASONS.size())));
            return;
        }
        visit.beginRecording();
        visit.signOff();
    }
}
