package vn.vigil.inspection.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.inspection.api.BusinessLineCatalogue;
import vn.vigil.inspection.api.BusinessLineCommand;
import vn.vigil.inspection.api.BusinessLineEntry;
import vn.vigil.inspection.domain.BusinessLine;
import vn.vigil.inspection.domain.BusinessLines;
import vn.vigil.inspection.domain.RiskWeights;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class BusinessLineCatalogueImpl implements BusinessLineCatalogue {

    @Inject
    BusinessLines businessLines;

    @Inject
    RiskWeights riskWeights;

    @Inject
    AuditLog audit;

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BusinessLineEntry> list() {
        return businessLines.list().stream()
                .map(BusinessLineCatalogueImpl::entry)
                .toList();
    }

    @Override
    public BusinessLineEntry create(BusinessLineCommand command) {
        BusinessLine line = new BusinessLine(
                command.code(), command.nameVi(), command.nameEn(), weight(command), command.conditional());
        requireCodeFree(line.code(), null);
        businessLines.add(line);
        businessLines.flush();
        audit.record(AuditEvent.of("BUSINESS_LINE_CREATED", "BusinessLine", line.id(), line.code()));
        return entry(line);
    }

    @Override
    public BusinessLineEntry update(long id, long version, BusinessLineCommand command) {
        BusinessLine line = businessLines.find(id).orElseThrow(() -> new NotFoundException("BusinessLine", id));
        if (line.version() != version) {
            throw new ConflictException("BusinessLine");
        }
        int previousWeight = line.riskWeight();
        requireCodeFree(command.code(), line);
        line.describe(
                command.code(),
                command.nameVi(),
                command.nameEn(),
                weight(command),
                command.conditional(),
                command.active());
        businessLines.flush();
        if (line.riskWeight() != previousWeight) {
            riskWeights.recomputeScores(line.id(), LocalDate.now(EstablishmentRegistryImpl.VIETNAM));
        }
        audit.record(AuditEvent.of("BUSINESS_LINE_UPDATED", "BusinessLine", id, line.code()));
        return entry(line);
    }

    private static int weight(BusinessLineCommand command) {
        if (command.riskWeight() == null) {
            throw new DomainException("validation.required", "businessLine.riskWeight");
        }
        return command.riskWeight();
    }

    /** Checked before the entity changes, so the look-up never flushes a clashing code into the unique index. */
    private void requireCodeFree(String code, BusinessLine self) {
        if (code == null || code.isBlank()) {
            return;
        }
        businessLines.findByCode(code).ifPresent(other -> {
            if (self == null || !other.id().equals(self.id())) {
                throw new DomainException("businessLine.codeTaken", other.code());
            }
        });
    }

    private static BusinessLineEntry entry(BusinessLine l) {
        return new BusinessLineEntry(
                l.id(), l.code(), l.nameVi(), l.nameEn(), l.riskWeight(), l.conditional(), l.active(), l.version());
    }
}
