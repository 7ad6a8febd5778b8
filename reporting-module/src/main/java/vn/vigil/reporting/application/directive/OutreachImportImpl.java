package vn.vigil.reporting.application.directive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.reporting.api.directive.Audience;
import vn.vigil.reporting.api.directive.OutreachCommand;
import vn.vigil.reporting.api.directive.OutreachImport;
import vn.vigil.reporting.api.directive.OutreachImportReport;
import vn.vigil.reporting.api.directive.OutreachKind;
import vn.vigil.reporting.domain.directive.OutreachLabels;
import vn.vigil.reporting.infrastructure.directive.OutreachSheet;
import vn.vigil.reporting.infrastructure.directive.OutreachStore;

/**
 * Outreach from a spreadsheet, checked row by row with the same rules as a typed-in activity. The communes of the
 * whole file are looked up in one query; the rows are written in the one transaction of the import, so a file is taken
 * whole or not at all, and one audit line names how many rows it brought.
 */
@ApplicationScoped
@Guarded
@RolesAllowed(Role.Names.FOCAL_POINT)
@Transactional(Transactional.TxType.REQUIRED)
public class OutreachImportImpl implements OutreachImport {

    @Inject
    OutreachStore store;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    protected OutreachImportImpl() {}

    /** For tests: no audit log. */
    public OutreachImportImpl(OutreachStore store, UnitScope scope) {
        this.store = store;
        this.scope = scope;
    }

    @Override
    public OutreachImportReport dryRun(String fileName, byte[] content) {
        Checked checked = check(fileName, content);
        return new OutreachImportReport(checked.rows(), 0, checked.problems());
    }

    @Override
    public OutreachImportReport importFile(String fileName, byte[] content) {
        Checked checked = check(fileName, content);
        if (!checked.problems().isEmpty()) {
            throw new DomainException(
                    "outreachImport.badRows", checked.problems().size());
        }
        String batch = UUID.randomUUID().toString();
        for (OutreachCommand c : checked.commands()) {
            store.insert(c, batch, scope.username());
        }
        if (audit != null) {
            audit.record(AuditEvent.of("OUTREACH_IMPORTED", "OutreachImport", batch, checked.rows() + " rows"));
        }
        return new OutreachImportReport(checked.rows(), checked.rows(), List.of());
    }

    private record Checked(int rows, List<OutreachCommand> commands, List<OutreachImportReport.Problem> problems) {}

    private Checked check(String fileName, byte[] content) {
        List<OutreachSheet.Line> lines = OutreachSheet.read(fileName, content);
        long unit = scope.unit();
        Set<String> codes = new HashSet<>();
        lines.forEach(l -> codes.addAll(codes(l.cell(3))));
        Map<String, Long> communes = store.communesByCode(codes);
        List<OutreachCommand> commands = new ArrayList<>();
        List<OutreachImportReport.Problem> problems = new ArrayList<>();
        for (OutreachSheet.Line line : lines) {
            try {
                commands.add(OutreachRules.checked(command(line, communes), unit, ids -> true));
            } catch (DomainException e) {
                problems.add(
                        new OutreachImportReport.Problem(line.row(), e.messageKey(), Arrays.asList(e.arguments())));
            }
        }
        return new Checked(lines.size(), commands, problems);
    }

    private static OutreachCommand command(OutreachSheet.Line line, Map<String, Long> communes) {
        LocalDate heldOn = OutreachSheet.day(line.cell(0));
        if (heldOn == null) {
            throw new DomainException("outreachImport.date", line.cell(0));
        }
        OutreachKind kind = OutreachLabels.kind(line.cell(1))
                .orElseThrow(() -> new DomainException("outreachImport.kind", line.cell(1)));
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (String a : line.cell(2).split("[;,]")) {
            if (!a.isBlank()) {
                audiences.add(OutreachLabels.audience(a)
                        .orElseThrow(() -> new DomainException("outreachImport.audience", a.strip())));
            }
        }
        List<Long> ids = new ArrayList<>();
        for (String code : codes(line.cell(3))) {
            ids.add(Optional.ofNullable(communes.get(code))
                    .orElseThrow(() -> new DomainException("outreachImport.commune", code)));
        }
        return new OutreachCommand(
                heldOn,
                null,
                kind,
                audiences,
                ids,
                number(line.cell(4), "participants"),
                number(line.cell(5), "materials"),
                line.cell(6));
    }

    private static List<String> codes(String cell) {
        return Arrays.stream(cell.split("[;,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Integer number(String cell, String field) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(cell.replace(".", "").strip());
        } catch (NumberFormatException e) {
            throw new DomainException("outreachImport.number", field, cell);
        }
    }
}
