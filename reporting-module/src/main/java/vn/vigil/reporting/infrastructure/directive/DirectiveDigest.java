package vn.vigil.reporting.infrastructure.directive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.mail.DailyDigestSource;
import vn.vigil.core.api.mail.DigestItem;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.reporting.api.directive.InboxItem;
import vn.vigil.reporting.api.directive.TaskInbox;

/**
 * The directives' lines of the daily digest: each unit's focal points hear of a report due within three days and of
 * reports overdue; the standing office hears of every unit's overdue reports.
 */
@ApplicationScoped
public class DirectiveDigest implements DailyDigestSource {

    static final int REMIND_DAYS = 3;
    static final String DUE_SOON = "Nhiệm vụ sắp đến hạn báo cáo";
    static final String OVERDUE = "Báo cáo nhiệm vụ quá hạn";

    @Inject
    TaskInbox inbox;

    @Inject
    StaffDirectory staff;

    @Override
    public List<DigestItem> dueItems(LocalDate today) {
        List<InboxItem> items = inbox.dueSoonOrLate(REMIND_DAYS);
        if (items.isEmpty()) {
            return List.of();
        }
        List<StaffMember> people = staff.enabledWith(EnumSet.of(Role.FOCAL_POINT, Role.STANDING_OFFICE)).stream()
                .filter(p -> p.email() != null && !p.email().isBlank())
                .toList();
        Map<Long, List<StaffMember>> focalPoints = people.stream()
                .filter(p -> p.holds(Role.FOCAL_POINT) && p.departmentId() != null)
                .collect(Collectors.groupingBy(StaffMember::departmentId));
        List<StaffMember> office =
                people.stream().filter(p -> p.holds(Role.STANDING_OFFICE)).toList();
        List<DigestItem> digest = new ArrayList<>();
        for (InboxItem i : items) {
            String text = i.symbol() + ": " + shortened(i.taskText());
            for (StaffMember p : focalPoints.getOrDefault(i.unitId(), List.of())) {
                if (i.reportsLate() > 0) {
                    digest.add(new DigestItem(p.email(), OVERDUE, text + " (" + i.reportsLate() + " kỳ)", null));
                }
                if (i.nextDue() != null && !i.nextDue().isAfter(today.plusDays(REMIND_DAYS))) {
                    digest.add(new DigestItem(p.email(), DUE_SOON, text, i.nextDue()));
                }
            }
            if (i.reportsLate() > 0) {
                for (StaffMember p : office) {
                    digest.add(new DigestItem(p.email(), OVERDUE, text + " — đơn vị #" + i.unitId(), null));
                }
            }
        }
        return digest;
    }

    private static String shortened(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "…";
    }
}
