package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.function.IntConsumer;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.inspection.api.EstablishmentImport;
import vn.vigil.inspection.api.ImportFile;
import vn.vigil.inspection.api.ImportReport;
import vn.vigil.inspection.domain.BusinessLines;
import vn.vigil.inspection.domain.CommunesInForce;
import vn.vigil.inspection.domain.Establishments;
import vn.vigil.inspection.domain.ImportCheck;
import vn.vigil.inspection.domain.ImportTable;
import vn.vigil.inspection.domain.RiskWeights;
import vn.vigil.inspection.infrastructure.ImportFileReader;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class EstablishmentImportImpl implements EstablishmentImport {

    @Inject
    Establishments establishments;

    @Inject
    BusinessLines businessLines;

    @Inject
    RiskWeights riskWeights;

    @Inject
    AdminUnitService units;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportReport dryRun(ImportFile file) {
        ImportCheck.Outcome outcome = checked(file);
        return new ImportReport(outcome.rowCount(), outcome.header(), outcome.problems(), outcome.warnings());
    }

    @Override
    public int importAll(ImportFile file, IntConsumer savedSoFar) {
        ImportCheck.Outcome outcome = checked(file);
        if (!outcome.problems().isEmpty()) {
            throw new DomainException(
                    "import.badRowsRefused", outcome.problems().size());
        }
        establishments.addAll(outcome.accepted(), actor.username(), savedSoFar);
        riskWeights.recomputeScores(null, today());
        int count = outcome.accepted().size();
        audit.record(AuditEvent.of("ESTABLISHMENTS_IMPORTED", "Establishment", null, file.fileName() + ": " + count));
        return count;
    }

    private ImportCheck.Outcome checked(ImportFile file) {
        ImportTable table = ImportFileReader.read(file);
        if (table.rows().stream().allMatch(ImportTable.Row::blank)) {
            throw new DomainException("import.fileEmpty");
        }
        ImportCheck check = new ImportCheck(
                businessLines.list(),
                new CommunesInForce(units.inForce(UnitLevel.COMMUNE, null, today())),
                establishments.takenRegistrationNos(ImportCheck.registrationNumbers(table)),
                establishments.registeredNamesAndAddresses(ImportCheck.namesAndAddresses(table)));
        return check.check(table);
    }

    private static LocalDate today() {
        return LocalDate.now(EstablishmentRegistryImpl.VIETNAM);
    }
}
