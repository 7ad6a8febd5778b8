package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.mail.DailyDigestSource;
import vn.vigil.core.api.mail.DigestItem;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.inspection.api.CaseDeadlineView;
import vn.vigil.inspection.domain.ViolationCaseRepository;

/**
 * The violation part of the daily digest: every enabled legal officer with an e-mail address hears of each open
 * case past its statutory deadline and each one due within {@value CaseDeadlineView#DUE_SOON_DAYS} days, in
 * Vietnamese, the step that is due named in words. The digest job asks as "system"; no person needs to.
 */
@ApplicationScoped
@Guarded
@RolesAllowed(Role.Names.ADMIN)
public class ViolationDigest implements DailyDigestSource {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle(
            "vn.vigil.inspection.application.ViolationDigest",
            Locale.forLanguageTag("vi"),
            ViolationDigest.class.getClassLoader());

    @Inject
    ViolationCaseRepository cases;

    @Inject
    StaffDirectory staff;

    protected ViolationDigest() {}

    public ViolationDigest(ViolationCaseRepository cases, StaffDirectory staff) {
        this.cases = cases;
        this.staff = staff;
    }

    @Override
    public List<DigestItem> dueItems(LocalDate today) {
        List<CaseDeadlineView> due = cases.dueBy(today, today.plusDays(CaseDeadlineView.DUE_SOON_DAYS));
        if (due.isEmpty()) {
            return List.of();
        }
        List<String> officers = staff.enabledWith(EnumSet.of(Role.LEGAL_OFFICER)).stream()
                .map(StaffMember::email)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<DigestItem> items = new ArrayList<>();
        for (String officer : officers) {
            due.forEach(c -> items.add(new DigestItem(officer, section(c), line(c), c.dueOn())));
        }
        return items;
    }

    static String section(CaseDeadlineView c) {
        return WORDS.getString(c.overdue() ? "section.overdue" : "section.dueSoon");
    }

    static String line(CaseDeadlineView c) {
        String violator = c.violatorName() != null ? c.violatorName() : WORDS.getString("violator.notYetRecorded");
        return MessageFormat.format(
                WORDS.getString("line"), String.valueOf(c.id()), violator, WORDS.getString("rule." + c.dueRule()));
    }
}
