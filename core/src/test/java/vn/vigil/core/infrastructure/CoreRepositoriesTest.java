package vn.vigil.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.calendar.HolidayKind;
import vn.vigil.core.api.staff.DepartmentKind;
import vn.vigil.core.api.staff.UserQuery;
import vn.vigil.core.api.unit.AdminUnitQuery;
import vn.vigil.core.api.unit.UnitKind;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.core.domain.AdministrativeUnit;
import vn.vigil.core.domain.AuditEntry;
import vn.vigil.core.domain.Department;
import vn.vigil.core.domain.DocumentNumber;
import vn.vigil.core.domain.Holiday;
import vn.vigil.core.domain.UserAccount;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.core.testing.TestJpa;

/**
 * Core's JPA mappings and repositories against the migrated schema on a real PostgreSQL. The database is shared
 * by every test class of the module, so each test makes its own rows with unique codes and names and reads the
 * seed data only.
 */
class CoreRepositoriesTest {

    static final List<Class<?>> CORE_ENTITIES = List.of(
            AdministrativeUnit.class,
            Department.class,
            UserAccount.class,
            Holiday.class,
            AuditEntry.class,
            DocumentNumber.class);

    private static final LocalDate TODAY = LocalDate.now();

    private static EntityManagerFactory emf;

    private EntityManager em;

    @BeforeAll
    static void migrateAndMap() {
        TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema()));
        emf = TestJpa.entityManagerFactory("core", CORE_ENTITIES);
    }

    @AfterAll
    static void closeFactory() {
        if (emf != null) {
            emf.close();
        }
    }

    @BeforeEach
    void openEntityManager() {
        em = emf.createEntityManager();
    }

    @AfterEach
    void closeEntityManager() {
        em.close();
    }

    // --- mapping

    @Test
    void theMappingsMatchTheMigratedSchema() {
        assertThat(emf.isOpen()).isTrue();
        assertThat(emf.getMetamodel().getEntities())
                .<Class<?>>extracting(Type::getJavaType)
                .containsExactlyInAnyOrderElementsOf(CORE_ENTITIES);
        assertThat(emf.getMetamodel().embeddable(AuditFields.class)).isNotNull();
    }

    @Test
    void aMappingThatDoesNotMatchTheSchemaIsCaught() {
        assertThatThrownBy(() -> TestJpa.entityManagerFactory("broken", List.of(DepartmentWithATypo.class))
                        .close())
                .hasStackTraceContaining("no_such_column");
    }

    /** Maps a column the department table does not have; schema validation must refuse it. */
    @Entity(name = "DepartmentWithATypo")
    @Table(name = "department", schema = "core")
    static class DepartmentWithATypo {
        @Id
        Long id;

        @Column(name = "no_such_column")
        String nickname;
    }

    // --- administrative units

    @Test
    void searchIgnoresDiacriticsAndCase() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);

        for (String text : List.of("bien hoa", "Biên Hòa", "BIÊN HÒA", "  bien   hoa ")) {
            assertThat(units.search(new AdminUnitQuery(text, null, null, null), PageRequest.first(50)))
                    .as(text)
                    .extracting(AdministrativeUnit::name)
                    .containsExactlyInAnyOrder("Phường Biên Hòa", "Thành phố Biên Hòa");
        }
    }

    @Test
    void searchFiltersByLevel() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);

        assertThat(units.search(new AdminUnitQuery("bien hoa", UnitLevel.COMMUNE, null, null), PageRequest.first(50)))
                .extracting(AdministrativeUnit::code)
                .containsExactly("75-001");
        assertThat(units.search(new AdminUnitQuery("bien hoa", UnitLevel.DISTRICT, null, null), PageRequest.first(50)))
                .extracting(AdministrativeUnit::code)
                .containsExactly("731");
        assertThat(units.search(new AdminUnitQuery("bien hoa", UnitLevel.VILLAGE, null, null), PageRequest.first(50)))
                .isEmpty();
    }

    @Test
    void searchFiltersByTheDayInForce() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);

        assertThat(units.search(query("bien hoa", LocalDate.of(2025, 6, 30)), PageRequest.first(50)))
                .extracting(AdministrativeUnit::name)
                .containsExactly("Thành phố Biên Hòa");
        assertThat(units.search(query("bien hoa", LocalDate.of(2025, 7, 1)), PageRequest.first(50)))
                .extracting(AdministrativeUnit::name)
                .containsExactly("Phường Biên Hòa");
        assertThat(units.search(query("binh phuoc", TODAY), PageRequest.first(50)))
                .extracting(AdministrativeUnit::name)
                .as("the province is gone, the ward of that name is current")
                .containsExactly("Phường Bình Phước");
    }

    @Test
    void searchMatchesTheStartOfACode() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);
        AdminUnitQuery query = new AdminUnitQuery("75-00", UnitLevel.COMMUNE, null, TODAY);

        assertThat(units.search(query, PageRequest.first(50)))
                .extracting(AdministrativeUnit::code)
                .containsExactlyInAnyOrder(
                        "75-001", "75-002", "75-003", "75-004", "75-005", "75-006", "75-007", "75-008", "75-009");
        assertThat(units.count(query)).isEqualTo(9);
    }

    @Test
    void searchListsProvincesThenDistrictsThenCommunes() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);

        assertThat(units.search(new AdminUnitQuery("bien hoa", null, null, null), PageRequest.first(50)))
                .extracting(AdministrativeUnit::name)
                .as("the former city before the ward, although COMMUNE sorts before DISTRICT as text")
                .containsExactly("Thành phố Biên Hòa", "Phường Biên Hòa");
        assertThat(units.search(AdminUnitQuery.all(), PageRequest.first(PageRequest.MAX_SIZE)))
                .extracting(AdministrativeUnit::level)
                .contains(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE)
                .isSortedAccordingTo(Comparator.comparing(UnitLevel::ordinal));
    }

    @Test
    void findsTheUnitsRetiredIntoAUnit() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);
        AdministrativeUnit dongNai = units.findCurrentByCode("75").orElseThrow();
        AdministrativeUnit bienHoaWard = units.findCurrentByCode("75-001").orElseThrow();

        assertThat(units.predecessorsOf(dongNai.id()))
                .extracting(AdministrativeUnit::name)
                .containsExactly("Tỉnh Bình Phước", "Tỉnh Đồng Nai (trước sắp xếp)");
        assertThat(units.predecessorsOf(bienHoaWard.id()))
                .extracting(AdministrativeUnit::name)
                .containsExactly("Thành phố Biên Hòa", "Phường Quyết Thắng");
        assertThat(units.predecessorsOf(
                        units.findCurrentByCode("75-050").orElseThrow().id()))
                .isEmpty();
    }

    @Test
    void aUnitWithItsPredecessorsReachesThoseRetiredIntoThemToo() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);
        AdministrativeUnit bienHoaWard = units.findCurrentByCode("75-001").orElseThrow();
        List<AdministrativeUnit> direct = units.predecessorsOf(bienHoaWard.id());
        List<Long> expected = new java.util.ArrayList<>(List.of(bienHoaWard.id()));
        direct.forEach(u -> expected.add(u.id()));
        direct.forEach(u -> units.predecessorsOf(u.id()).forEach(p -> expected.add(p.id())));

        assertThat(units.withPredecessors(bienHoaWard.id()))
                .doesNotHaveDuplicates()
                .containsAll(expected);
        long untouched = units.findCurrentByCode("75-050").orElseThrow().id();
        assertThat(units.withPredecessors(untouched)).containsExactly(untouched);
        assertThat(units.withPredecessors(-1)).isEmpty();
    }

    @Test
    void aProvincesCommunesAreItsOwnAndThoseOfTheProvincesMergedIntoItCurrentOrFormer() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);
        AdministrativeUnit dongNai = units.findCurrentByCode("75").orElseThrow();
        AdministrativeUnit haNoi = units.findCurrentByCode("01").orElseThrow();

        List<Long> communes = units.within(dongNai.id(), UnitLevel.COMMUNE);

        List<AdministrativeUnit> found = units.findAll(communes);
        assertThat(found).allSatisfy(u -> assertThat(u.level()).isEqualTo(UnitLevel.COMMUNE));
        assertThat(found)
                .extracting(AdministrativeUnit::name)
                // a ward in force, one under a former district of the former Đồng Nai, one of the former Bình Phước
                .contains("Phường Trấn Biên", "Phường Quyết Thắng", "Phường Tân Phú (Đồng Xoài)");
        assertThat(communes)
                .doesNotHaveDuplicates()
                .containsAll(units.inForce(UnitLevel.COMMUNE, dongNai.id(), TODAY).stream()
                        .map(AdministrativeUnit::id)
                        .toList())
                .hasSize(95 + 5);
        assertThat(units.within(haNoi.id(), UnitLevel.COMMUNE)).doesNotContainAnyElementsOf(communes);
    }

    @Test
    void knowsWhichVersionsOfACodeStartOnADay() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);
        AdministrativeUnit dongNai = units.findCurrentByCode("75").orElseThrow();

        assertThat(units.versionStartsOn("75", LocalDate.of(2025, 7, 1), null)).isTrue();
        assertThat(units.versionStartsOn("75", LocalDate.of(1976, 1, 1), dongNai.id()))
                .as("the former province")
                .isTrue();
        assertThat(units.versionStartsOn("75", LocalDate.of(2025, 7, 1), dongNai.id()))
                .as("only itself")
                .isFalse();
        assertThat(units.versionStartsOn("75", LocalDate.of(2025, 7, 2), null)).isFalse();
    }

    @Test
    void likeWildcardsInTheTextAreTakenLiterally() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);

        assertThat(units.count(new AdminUnitQuery("75_001", null, null, null))).isZero();
        assertThat(units.count(new AdminUnitQuery("%", null, null, null))).isZero();
        assertThat(units.count(new AdminUnitQuery("75-001", null, null, null))).isEqualTo(1);
    }

    @Test
    void countsAndPagesTheCommunesOfDongNai() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);
        AdministrativeUnit dongNai = units.findCurrentByCode("75").orElseThrow();
        AdminUnitQuery communes = new AdminUnitQuery(null, UnitLevel.COMMUNE, dongNai.id(), TODAY);

        long total = units.count(communes);
        List<AdministrativeUnit> all = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        for (int page = 0; page <= 5; page++) {
            List<AdministrativeUnit> items = units.search(communes, new PageRequest(page, 20));
            pageSizes.add(items.size());
            all.addAll(items);
        }

        assertThat(dongNai.name()).isEqualTo("Tỉnh Đồng Nai");
        assertThat(total).isEqualTo(95);
        assertThat(pageSizes).containsExactly(20, 20, 20, 20, 15, 0);
        assertThat(all)
                .extracting(AdministrativeUnit::id)
                .doesNotHaveDuplicates()
                .hasSize(95);
        assertThat(all).allSatisfy(u -> {
            assertThat(u.parentId()).isEqualTo(dongNai.id());
            assertThat(u.level()).isEqualTo(UnitLevel.COMMUNE);
            assertThat(u.isValidOn(TODAY)).isTrue();
        });
        assertThat(all).extracting(u -> Text.fold(u.name())).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(units.count(AdminUnitQuery.all())).isGreaterThan(total);
    }

    @Test
    void inForceListsThePickListOfADay() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);

        List<AdministrativeUnit> provinces = units.inForce(UnitLevel.PROVINCE, null, TODAY);
        List<AdministrativeUnit> before = units.inForce(UnitLevel.PROVINCE, null, LocalDate.of(2025, 6, 30));

        assertThat(provinces).extracting(AdministrativeUnit::name).contains("Tỉnh Đồng Nai", "Thành phố Hà Nội");
        assertThat(provinces).extracting(AdministrativeUnit::name).doesNotContain("Tỉnh Bình Phước");
        assertThat(provinces).allSatisfy(u -> assertThat(u.isValidOn(TODAY)).isTrue());
        assertThat(provinces).extracting(u -> Text.fold(u.name())).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(before).extracting(AdministrativeUnit::name).contains("Tỉnh Bình Phước");
    }

    @Test
    void storesAndReloadsAUnitWithItsHistory() {
        JpaAdminUnitRepository units = new JpaAdminUnitRepository(em);
        String code = "T-" + unique();
        LocalDate from = LocalDate.of(1900, 1, 1);
        LocalDate to = LocalDate.of(1950, 12, 31);
        Long[] ids = new Long[2];
        inTransaction(em, () -> {
            AdministrativeUnit province =
                    units.add(new AdministrativeUnit(code, "Tỉnh Thử Nghiệm", UnitKind.TINH, null, from));
            em.flush();
            AdministrativeUnit commune =
                    units.add(new AdministrativeUnit(code + "-1", "Xã Thử Nghiệm", UnitKind.XA, province, from));
            commune.retire(to, null);
            province.retire(to, null);
            ids[0] = province.id();
            ids[1] = commune.id();
        });
        em.clear();

        AdministrativeUnit commune = units.find(ids[1]).orElseThrow();

        assertThat(commune.code()).isEqualTo(code + "-1");
        assertThat(commune.name()).isEqualTo("Xã Thử Nghiệm");
        assertThat(commune.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(commune.kind()).isEqualTo(UnitKind.XA);
        assertThat(commune.parentId()).isEqualTo(ids[0]);
        assertThat(commune.validFrom()).isEqualTo(from);
        assertThat(commune.validTo()).isEqualTo(to);
        assertThat(commune.auditFields().createdBy()).isEqualTo(CurrentActor.SYSTEM);
        assertThat(commune.auditFields().createdAt()).isNotNull();
        assertThat(units.findCurrentByCode(code)).as("retired, so not current").isEmpty();
        assertThat(units.findAll(List.of(ids[0], ids[1])))
                .extracting(AdministrativeUnit::id)
                .containsExactlyInAnyOrder(ids[0], ids[1]);
        assertThat(units.findAll(List.of())).isEmpty();
        assertThat(units.search(new AdminUnitQuery("xa thu nghiem", null, ids[0], null), PageRequest.first(10)))
                .extracting(AdministrativeUnit::id)
                .containsExactly(ids[1]);
    }

    // --- staff

    @Test
    void storesAUserWithRolesAndContact() {
        JpaUserAccountRepository users = new JpaUserAccountRepository(em);
        Department department = newDepartment();
        String username = "u" + unique();
        inTransaction(em, () -> {
            UserAccount user = new UserAccount(username, "Lê Thị Hồng", "pbkdf2-sha512$1$AA$AA");
            user.grantExactly(EnumSet.of(Role.INSPECTOR, Role.LEGAL_OFFICER));
            user.changeContact("hong.lt@dongnai.gov.vn", department.id(), "en");
            users.add(user);
        });
        em.clear();

        UserAccount stored = users.findByUsername(username).orElseThrow();

        assertThat(stored.fullName()).isEqualTo("Lê Thị Hồng");
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.INSPECTOR, Role.LEGAL_OFFICER);
        assertThat(stored.email()).isEqualTo("hong.lt@dongnai.gov.vn");
        assertThat(stored.departmentId()).isEqualTo(department.id());
        assertThat(stored.preferredLocale()).isEqualTo("en");
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.version()).isZero();
        assertThat(stored.auditFields().createdBy()).isEqualTo(CurrentActor.SYSTEM);
        assertThat(users.find(stored.id())).isPresent();
        assertThat(users.findByUsername(username + "x")).isEmpty();
    }

    @Test
    void signInBookkeepingLeavesTheAccountVersionAlone() {
        UserAccount user = newUser("Đỗ Thanh Tâm", newDepartment(), Role.INSPECTOR);
        long before = user.version();

        inTransaction(em, () -> {
            UserAccount managed = em.find(UserAccount.class, user.id());
            managed.recordFailedLogin();
            managed.recordSuccessfulLogin(java.time.Instant.now());
        });
        em.clear();
        UserAccount signedIn = em.find(UserAccount.class, user.id());
        assertThat(signedIn.lastLoginAt()).isNotNull();
        assertThat(signedIn.version()).isEqualTo(before);

        inTransaction(em, () -> em.find(UserAccount.class, user.id()).rename("Đỗ Thanh Tâm (sửa)"));
        em.clear();
        assertThat(em.find(UserAccount.class, user.id()).version()).isEqualTo(before + 1);
    }

    @Test
    void theRosterFindsAnAccountsIdByUsernameAloneAndAgreesWithTheFullLookUp() {
        JpaStaffRoster roster = new JpaStaffRoster(em);
        UserAccount user = newUser("Ngô Văn Lâm", newDepartment(), Role.INSPECTOR);
        em.clear();

        assertThat(roster.idOf(user.username())).hasValue(user.id());
        assertThat(roster.findByUsername(user.username()).orElseThrow().id()).isEqualTo(user.id());
        assertThat(roster.idOf(user.username() + "x")).isEmpty();
        assertThat(roster.idOf("")).isEmpty();
    }

    @Test
    void searchesUsersByRoleAndLoadsAllTheirRoles() {
        JpaUserAccountRepository users = new JpaUserAccountRepository(em);
        Department department = newDepartment();
        UserAccount lawyer = newUser("Phạm Minh Anh", department, Role.LEGAL_OFFICER, Role.INSPECTOR);
        UserAccount inspector = newUser("Võ Thành Công", department, Role.INSPECTOR);
        UserAccount secondLawyer = newUser("Đặng Quốc Bảo", department, Role.LEGAL_OFFICER);
        em.clear();
        UserQuery lawyers = new UserQuery(null, Role.LEGAL_OFFICER, department.id());

        List<UserAccount> found = users.search(lawyers, PageRequest.first(50));

        assertThat(found)
                .extracting(UserAccount::id)
                .as("sorted by folded name: dang… before pham…")
                .containsExactly(secondLawyer.id(), lawyer.id());
        assertThat(found.get(1).roles()).containsExactlyInAnyOrder(Role.LEGAL_OFFICER, Role.INSPECTOR);
        assertThat(users.count(lawyers)).isEqualTo(2);
        assertThat(users.search(new UserQuery(null, Role.INSPECTOR, department.id()), PageRequest.first(50)))
                .extracting(UserAccount::id)
                .containsExactlyInAnyOrder(lawyer.id(), inspector.id());
        assertThat(users.count(new UserQuery(null, Role.ADMIN, department.id())))
                .isZero();
    }

    @Test
    void searchesUsersByNameWithoutDiacritics() {
        JpaUserAccountRepository users = new JpaUserAccountRepository(em);
        Department department = newDepartment();
        String token = unique();
        UserAccount duc = newUser("Nguyễn Văn Đức " + token, department, Role.CASE_WORKER);
        newUser("Nguyễn Văn Dũng " + token, department, Role.CASE_WORKER);
        em.clear();

        for (String text : List.of("nguyen van duc " + token, "NGUYỄN VĂN ĐỨC " + token, "van duc " + token)) {
            assertThat(users.search(new UserQuery(text, null, null), PageRequest.first(50)))
                    .as(text)
                    .extracting(UserAccount::id)
                    .containsExactly(duc.id());
        }
        assertThat(users.count(new UserQuery("nguyen van d", null, department.id())))
                .isEqualTo(2);
        assertThat(users.search(new UserQuery(duc.username(), null, null), PageRequest.first(50)))
                .as("the username matches too")
                .extracting(UserAccount::id)
                .containsExactly(duc.id());
    }

    @Test
    void pagesUsers() {
        JpaUserAccountRepository users = new JpaUserAccountRepository(em);
        Department department = newDepartment();
        UserAccount a = newUser("An", department, Role.INSPECTOR);
        UserAccount b = newUser("Bình", department, Role.INSPECTOR, Role.TEAM_LEAD, Role.ADMIN);
        UserAccount c = newUser("Châu", department, Role.INSPECTOR);
        em.clear();
        UserQuery query = new UserQuery(null, null, department.id());

        assertThat(users.search(query, new PageRequest(0, 2)))
                .extracting(UserAccount::id)
                .containsExactly(a.id(), b.id());
        assertThat(users.search(query, new PageRequest(1, 2)))
                .extracting(UserAccount::id)
                .containsExactly(c.id());
        assertThat(users.search(query, new PageRequest(2, 2))).isEmpty();
        assertThat(users.count(query)).isEqualTo(3);
    }

    @Test
    void countsEnabledStaffPerDepartment() {
        JpaDepartmentRepository departments = new JpaDepartmentRepository(em);
        Department department = newDepartment();
        Department empty = newDepartment();
        newUser("Một", department, Role.INSPECTOR);
        newUser("Hai", department, Role.INSPECTOR);
        UserAccount gone = newUser("Ba", department, Role.INSPECTOR);
        inTransaction(em, () -> em.find(UserAccount.class, gone.id()).enable(false));

        assertThat(departments.staffCounts()).containsEntry(department.id(), 2L).doesNotContainKey(empty.id());
        assertThat(departments.findByCode(department.code()))
                .map(Department::id)
                .contains(department.id());
        assertThat(departments.list(false)).extracting(Department::id).contains(department.id(), empty.id());
    }

    @Test
    void inactiveDepartmentsLeaveTheActiveList() {
        JpaDepartmentRepository departments = new JpaDepartmentRepository(em);
        Department closed = newDepartment();
        inTransaction(
                em,
                () -> em.find(Department.class, closed.id())
                        .describe(closed.code(), closed.name(), DepartmentKind.OTHER, false));

        assertThat(departments.list(true)).extracting(Department::id).doesNotContain(closed.id());
        assertThat(departments.list(true)).extracting(Department::code).contains("CA", "SYT");
        assertThat(departments.list(false)).extracting(Department::id).contains(closed.id());
    }

    // --- calendar

    @Test
    void holidaysBetweenTwoDaysInclusive() {
        JpaHolidayRepository holidays = new JpaHolidayRepository(em);

        assertThat(holidays.between(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22)))
                .extracting(Holiday::day)
                .containsExactly(
                        LocalDate.of(2026, 2, 16),
                        LocalDate.of(2026, 2, 17),
                        LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19),
                        LocalDate.of(2026, 2, 20));
        assertThat(holidays.between(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20)))
                .hasSize(5);
        assertThat(holidays.between(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 17)))
                .extracting(Holiday::kind)
                .containsExactly(HolidayKind.PUBLIC_HOLIDAY);
        assertThat(holidays.between(LocalDate.of(2026, 2, 21), LocalDate.of(2026, 3, 31)))
                .isEmpty();
    }

    @Test
    void storesFindsAndRemovesHolidays() {
        JpaHolidayRepository holidays = new JpaHolidayRepository(em);
        LocalDate newYear = LocalDate.of(2099, 1, 1);
        LocalDate makeUp = LocalDate.of(2099, 1, 3); // a Saturday
        inTransaction(em, () -> {
            holidays.add(new Holiday(makeUp, "Làm bù", HolidayKind.MAKE_UP_WORKING_DAY));
            holidays.add(new Holiday(newYear, "Tết Dương lịch", HolidayKind.PUBLIC_HOLIDAY));
        });
        em.clear();

        assertThat(holidays.between(LocalDate.of(2098, 12, 31), LocalDate.of(2099, 1, 31)))
                .extracting(Holiday::day, Holiday::kind)
                .containsExactly(
                        tuple(newYear, HolidayKind.PUBLIC_HOLIDAY), tuple(makeUp, HolidayKind.MAKE_UP_WORKING_DAY));

        inTransaction(em, () -> holidays.remove(holidays.findByDay(makeUp).orElseThrow()));

        assertThat(holidays.findByDay(makeUp)).isEmpty();
        assertThat(holidays.findByDay(newYear)).map(Holiday::name).contains("Tết Dương lịch");
    }

    // --- concurrency and audit

    @Test
    void theSecondOfTwoConcurrentEditsFails() {
        Department department = newDepartment();
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Department mine = first.find(Department.class, department.id());
            Department theirs = second.find(Department.class, department.id());

            mine.describe(mine.code(), "Sửa lần một", DepartmentKind.POLICE, true);
            first.getTransaction().commit();
            theirs.describe(theirs.code(), "Sửa lần hai", DepartmentKind.HEALTH, true);

            assertThatThrownBy(() -> second.getTransaction().commit())
                    .satisfies(CoreRepositoriesTest::causedByOptimisticLock);
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }

        em.clear();
        Department stored = em.find(Department.class, department.id());
        assertThat(stored.name()).isEqualTo("Sửa lần một");
        assertThat(stored.kind()).isEqualTo(DepartmentKind.POLICE);
        assertThat(stored.version()).isEqualTo(department.version() + 1);
    }

    @Test
    void anUpdateStampsTheAuditFieldsAndTheVersion() {
        Department department = newDepartment();
        Instant createdAt = department.auditFields().createdAt();

        inTransaction(
                em,
                () -> em.find(Department.class, department.id())
                        .describe(department.code(), "Tên mới", DepartmentKind.JUSTICE, true));
        em.clear();
        Department stored = em.find(Department.class, department.id());

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.auditFields().updatedAt())
                .isAfter(stored.auditFields().createdAt());
        assertThat(stored.auditFields().createdAt()).isCloseTo(createdAt, within(1, ChronoUnit.MILLIS));
        assertThat(stored.auditFields().updatedBy()).isEqualTo(CurrentActor.SYSTEM);
    }

    @Test
    void auditEntriesAreStoredAndCannotBeDeleted() {
        String entityId = unique();
        String longDetail = "x".repeat(AuditEntry.DETAIL_MAX + 50);
        AuditEntry entry = inTransaction(em, e -> {
            AuditEntry created = new AuditEntry(
                    "tester", AuditEvent.of("DEPARTMENT_RENAMED", "Department", entityId, longDetail), Instant.now());
            e.persist(created);
            return created;
        });
        em.clear();

        AuditEntry stored = em.find(AuditEntry.class, entry.id());
        assertThat(stored.actor()).isEqualTo("tester");
        assertThat(stored.action()).isEqualTo("DEPARTMENT_RENAMED");
        assertThat(stored.entityId()).isEqualTo(entityId);
        assertThat(stored.detail()).hasSize(AuditEntry.DETAIL_MAX);

        assertThatThrownBy(() -> inTransaction(em, () -> em.remove(stored))).hasStackTraceContaining("append-only");
        em.clear();
        assertThat(em.find(AuditEntry.class, entry.id())).isNotNull();
    }

    // --- helpers

    private static AdminUnitQuery query(String text, LocalDate validOn) {
        return new AdminUnitQuery(text, null, null, validOn);
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private Department newDepartment() {
        return inTransaction(em, e -> {
            Department department = new Department("T" + unique(), "Phòng thử " + unique(), DepartmentKind.OTHER);
            e.persist(department);
            return department;
        });
    }

    private UserAccount newUser(String fullName, Department department, Role... roles) {
        return inTransaction(em, e -> {
            UserAccount user = new UserAccount("u" + unique(), fullName, "pbkdf2-sha512$1$AA$AA");
            user.grantExactly(Set.of(roles));
            user.changeContact(null, department.id(), "vi");
            e.persist(user);
            return user;
        });
    }

    private static void causedByOptimisticLock(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return;
            }
        }
        throw new AssertionError("expected an OptimisticLockException in the causes of " + thrown, thrown);
    }
}
