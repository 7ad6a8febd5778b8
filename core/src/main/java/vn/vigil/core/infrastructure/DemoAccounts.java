package vn.vigil.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.vigil.core.api.DemoDataRequested;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.DepartmentKind;
import vn.vigil.core.domain.Department;
import vn.vigil.core.domain.DepartmentRepository;
import vn.vigil.core.domain.PasswordHashing;
import vn.vigil.core.domain.UserAccount;
import vn.vigil.core.domain.UserAccountRepository;

/** One demo account per role (README lists them). Created only with demo data, never on a real database. */
@ApplicationScoped
public class DemoAccounts {

    /** Shared by every demo account; the README says so and production never loads demo data. */
    public static final String PASSWORD = "Vigil@2026";

    /** A commune People's Committee as a unit of the committee, for the demo commune focal point. */
    static final String COMMUNE_UNIT = "UBND-TRANBIEN";

    record Demo(String username, String fullName, String department, Set<Role> roles) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Trần Quốc Huy", "BCD138", EnumSet.of(Role.ADMIN)),
            new Demo("inspector", "Nguyễn Văn An", "CA", EnumSet.of(Role.INSPECTOR)),
            new Demo("teamlead", "Lê Thị Hồng", "CA", EnumSet.of(Role.TEAM_LEAD, Role.INSPECTOR)),
            new Demo("legal", "Phạm Minh Tuấn", "STP", EnumSet.of(Role.LEGAL_OFFICER)),
            new Demo("caseworker", "Võ Thị Mai", "SYT", EnumSet.of(Role.CASE_WORKER)),
            new Demo("finance", "Đặng Quang Hải", "STC", EnumSet.of(Role.FINANCE_OFFICER)),
            new Demo("committee", "Hoàng Văn Sơn", "BCD138", EnumSet.of(Role.COMMITTEE_VIEWER)),
            new Demo("vanphong", "Nguyễn Thị Lan", "CA", EnumSet.of(Role.STANDING_OFFICE)),
            new Demo("daumoi.syt", "Trần Văn Bình", "SYT", EnumSet.of(Role.FOCAL_POINT)),
            new Demo("daumoi.svh", "Lý Thị Ngọc", "SVHTTDL", EnumSet.of(Role.FOCAL_POINT)),
            new Demo("daumoi.tranbien", "Đỗ Văn Khoa", COMMUNE_UNIT, EnumSet.of(Role.FOCAL_POINT)));

    @Inject
    UserAccountRepository users;

    @Inject
    DepartmentRepository departments;

    @Transactional
    void load(@Observes DemoDataRequested event) {
        if (departments.findByCode(COMMUNE_UNIT).isEmpty()) {
            departments.add(new Department(COMMUNE_UNIT, "UBND phường Trấn Biên", DepartmentKind.COMMUNE));
        }
        for (Demo demo : ACCOUNTS) {
            if (users.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            UserAccount user =
                    new UserAccount(demo.username(), demo.fullName(), PasswordHashing.hash(PASSWORD.toCharArray()));
            Long department =
                    departments.findByCode(demo.department()).map(d -> d.id()).orElse(null);
            user.changeContact(demo.username() + "@vigil.example.vn", department, "vi");
            user.grantExactly(demo.roles());
            users.add(user);
        }
    }
}
