package vn.vigil.reporting.infrastructure.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.mail.DigestItem;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.reporting.api.directive.DirectiveKind;
import vn.vigil.reporting.api.directive.InboxItem;
import vn.vigil.reporting.api.directive.TaskInbox;
import vn.vigil.reporting.api.directive.TaskRecurrence;

class DirectiveDigestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 28);
    private static final long HEALTH = 3;
    private static final long COMMUNE = 9;

    @Test
    void focalPointsHearOfReportsDueSoonAndOverdueAndTheStandingOfficeOfEveryOverdueOne() {
        DirectiveDigest digest = new DirectiveDigest();
        digest.inbox = inbox(List.of(
                item(1, HEALTH, TODAY.plusDays(2), 0),
                item(2, COMMUNE, null, 2),
                item(3, COMMUNE, TODAY.plusDays(20), 0)));
        digest.staff = staff(List.of(
                person(1, "syt", HEALTH, Role.FOCAL_POINT, "syt@dongnai.gov.vn"),
                person(2, "xa", COMMUNE, Role.FOCAL_POINT, "xa@dongnai.gov.vn"),
                person(3, "xa2", COMMUNE, Role.FOCAL_POINT, null),
                person(4, "vptt", 1L, Role.STANDING_OFFICE, "vptt@dongnai.gov.vn")));

        List<DigestItem> items = digest.dueItems(TODAY);

        assertThat(items)
                .extracting(DigestItem::recipient, DigestItem::section, DigestItem::due)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "syt@dongnai.gov.vn", DirectiveDigest.DUE_SOON, TODAY.plusDays(2)),
                        org.assertj.core.groups.Tuple.tuple("xa@dongnai.gov.vn", DirectiveDigest.OVERDUE, null),
                        org.assertj.core.groups.Tuple.tuple("vptt@dongnai.gov.vn", DirectiveDigest.OVERDUE, null));
        assertThat(items).allSatisfy(i -> assertThat(i.text()).startsWith("13/BCĐ: "));
        assertThat(items.stream()
                        .filter(i -> i.recipient().startsWith("xa@"))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .endsWith("(2 kỳ)");
    }

    @Test
    void nothingDueSendsNothing() {
        DirectiveDigest digest = new DirectiveDigest();
        digest.inbox = inbox(List.of());
        digest.staff = staff(List.of());
        assertThat(digest.dueItems(TODAY)).isEmpty();
    }

    private static InboxItem item(long id, long unit, LocalDate nextDue, int late) {
        return new InboxItem(
                id,
                unit,
                7,
                DirectiveKind.OFFICIAL_LETTER,
                "13/BCĐ",
                "Cao điểm",
                "Báo cáo kết quả kiểm tra",
                false,
                TaskRecurrence.MONTHLY,
                nextDue,
                true,
                false,
                late);
    }

    private static StaffMember person(long id, String username, Long unit, Role role, String email) {
        return new StaffMember(id, username, username, unit, "X", "Đơn vị", Set.of(role), true, email);
    }

    private static TaskInbox inbox(List<InboxItem> items) {
        return (TaskInbox) Proxy.newProxyInstance(
                TaskInbox.class.getClassLoader(), new Class<?>[] {TaskInbox.class}, (p, method, args) -> {
                    if (method.getName().equals("dueSoonOrLate")) {
                        return items;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static StaffDirectory staff(List<StaffMember> people) {
        return new StaffDirectory() {
            @Override
            public List<StaffMember> enabledWith(Set<Role> roles) {
                return people.stream()
                        .filter(p -> p.roles().stream().anyMatch(roles::contains))
                        .toList();
            }

            @Override
            public List<StaffMember> enabledWith(Set<Role> roles, String text, Long departmentFirst, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<StaffMember> find(Collection<Long> ids) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<StaffMember> findByUsername(String username) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
