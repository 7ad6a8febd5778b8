package vn.vigil.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.document.DocumentNumbers;
import vn.vigil.core.api.document.NumberRequest;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.Indicator;
import vn.vigil.reporting.api.Period;
import vn.vigil.reporting.api.PeriodicReportView;
import vn.vigil.reporting.api.PeriodicReportView.Narrative;
import vn.vigil.reporting.api.PeriodicReports;
import vn.vigil.reporting.api.ReportFigures;
import vn.vigil.reporting.api.ReportKind;
import vn.vigil.reporting.domain.directive.IndicatorCodes;
import vn.vigil.reporting.infrastructure.PeriodicReportStore;
import vn.vigil.reporting.infrastructure.PeriodicReportStore.Row;
import vn.vigil.reporting.infrastructure.directive.OutreachStore;

@ApplicationScoped
@Guarded
@Transactional(Transactional.TxType.REQUIRED)
public class PeriodicReportsImpl implements PeriodicReports {

    /** The document kind and the issuer of the committee's reports (the sequence "n/BC-BCĐ" of each year). */
    static final String KIND = "COMMITTEE_REPORT";

    static final String ISSUER = "BCD";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int LONGEST_TEXT = 4000;

    @Inject
    PeriodicReportStore store;

    @Inject
    ReportFigures figures;

    @Inject
    OutreachStore outreach;

    @Inject
    DocumentNumbers numbers;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public PeriodicReportView draft(ReportKind kind, int year, Long provinceId, Integer cutOffDay) {
        if (kind == null) {
            throw new DomainException("reporting.report.kindMissing");
        }
        int day = cutOffDay == null ? ReportKind.DEFAULT_CUT_OFF_DAY : cutOffDay;
        if (day < 1 || day > 28) {
            throw new DomainException("reporting.report.cutOffDay");
        }
        if (year < 2000 || year > LocalDate.now(VIETNAM).getYear() + 1) {
            throw new DomainException("reporting.report.year", year);
        }
        LocalDate from = kind.from(year, day);
        LocalDate cutOff = kind.cutOff(year, day);
        // the province is checked by the figures' own rule (a province in force) before anything is written
        figures.figures(provinceId, new Period(from, cutOff));
        long id = store.insert(
                kind, year, provinceId, from, cutOff, 1, null, new Narrative(null, null, null, null), actor.username());
        audit.record(AuditEvent.of("REPORT_DRAFTED", "PeriodicReport", id, kind + " " + year));
        return get(id);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public PeriodicReportView write(long id, long version, Narrative narrative) {
        Row row = row(id);
        if ("ISSUED".equals(row.status())) {
            throw new DomainException("reporting.report.alreadyIssued", row.number());
        }
        Narrative text = new Narrative(
                text(narrative.assessment()),
                text(narrative.difficulties()),
                text(narrative.proposals()),
                text(narrative.nextTasks()));
        if (!store.write(id, version, text, actor.username())) {
            throw new ConflictException("periodic report " + id);
        }
        return get(id);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public PeriodicReportView issue(long id, long version) {
        Row row = row(id);
        if ("ISSUED".equals(row.status())) {
            throw new DomainException("reporting.report.alreadyIssued", row.number());
        }
        LocalDate today = LocalDate.now(VIETNAM);
        if (!row.cutOff().isBefore(today)) {
            throw new DomainException("reporting.report.cutOffNotPassed", row.cutOff());
        }
        Figures snapshot = figures.figures(row.provinceId(), new Period(row.from(), row.cutOff()));
        String number = numbers.issue(new NumberRequest(KIND, ISSUER, today, "PeriodicReport", String.valueOf(id)))
                .number();
        if (!store.issue(
                id, version, number, today, withOutreach(snapshot), snapshot.smallCountThreshold(), actor.username())) {
            throw new ConflictException("periodic report " + id);
        }
        audit.record(AuditEvent.of("REPORT_ISSUED", "PeriodicReport", id, number));
        return get(id);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public PeriodicReportView correct(long id) {
        Row row = row(id);
        if (!"ISSUED".equals(row.status())) {
            throw new DomainException("reporting.report.notIssued");
        }
        if (store.replacement(id).isPresent()) {
            throw new DomainException("reporting.report.alreadyCorrected", row.number());
        }
        long draft = store.insert(
                row.kind(),
                row.year(),
                row.provinceId(),
                row.from(),
                row.cutOff(),
                row.reportVersion() + 1,
                id,
                row.narrative(),
                actor.username());
        audit.record(AuditEvent.of("REPORT_CORRECTION_DRAFTED", "PeriodicReport", draft, "replaces " + id));
        return get(draft);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COMMITTEE_VIEWER})
    public PeriodicReportView get(long id) {
        return view(row(id));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COMMITTEE_VIEWER})
    public List<PeriodicReportView> recent(int limit) {
        return store.recent(Math.max(1, Math.min(limit, 200))).stream()
                .map(this::view)
                .toList();
    }

    private PeriodicReportView view(Row row) {
        boolean issued = "ISSUED".equals(row.status());
        Figures live = issued ? null : figures.figures(row.provinceId(), new Period(row.from(), row.cutOff()));
        return new PeriodicReportView(
                row.id(),
                row.kind(),
                row.year(),
                row.provinceId(),
                row.from(),
                row.cutOff(),
                row.status(),
                row.reportVersion(),
                row.replacesId(),
                row.number(),
                row.issuedOn(),
                row.issuedBy(),
                row.narrative(),
                row.version(),
                issued ? row.smallCountThreshold() : live.smallCountThreshold(),
                issued ? row.figures() : withOutreach(live));
    }

    /**
     * The figures with the approved outreach of the same period and province beside them (OUT.*): a report counts
     * only figures the standing office approved, and says so in the section's title.
     */
    private List<Indicator> withOutreach(Figures f) {
        List<Indicator> all = new java.util.ArrayList<>(f.indicators());
        if (outreach == null) {
            return all;
        }
        long[] now =
                outreach.approved(f.provinceId(), f.period().from(), f.period().until());
        long[] before = outreach.approved(
                f.provinceId(),
                f.period().from().minusYears(1),
                f.period().until().minusYears(1));
        all.add(Indicator.of(IndicatorCodes.OUTREACH_ACTIVITIES, now[0], before[0]));
        all.add(Indicator.of(IndicatorCodes.OUTREACH_PARTICIPANTS, now[1], before[1]));
        all.add(Indicator.of(IndicatorCodes.OUTREACH_MATERIALS, now[2], before[2]));
        return all;
    }

    private Row row(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("periodic report", id));
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > LONGEST_TEXT) {
            throw new DomainException("reporting.report.textTooLong", LONGEST_TEXT);
        }
        return value.strip();
    }
}
