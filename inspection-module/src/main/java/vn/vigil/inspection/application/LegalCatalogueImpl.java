package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.inspection.api.LegalCatalogue;
import vn.vigil.inspection.api.LegalProvisionCommand;
import vn.vigil.inspection.api.LegalProvisionView;
import vn.vigil.inspection.domain.LegalProvision;
import vn.vigil.inspection.domain.LegalProvisionRepository;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.INSPECTOR, Role.Names.ADMIN})
public class LegalCatalogueImpl implements LegalCatalogue {

    @Inject
    LegalProvisionRepository provisions;

    @Inject
    AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LegalProvisionView> provisions(String text, boolean activeOnly, PageRequest page) {
        return new Page<>(
                provisions.search(text, activeOnly, page).stream()
                        .map(LegalCatalogueImpl::view)
                        .toList(),
                provisions.count(text, activeOnly),
                page.page(),
                page.size());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public LegalProvisionView provision(long id) {
        return view(load(id));
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public LegalProvisionView addProvision(LegalProvisionCommand command) {
        LegalProvision provision = new LegalProvision(command);
        requireUniqueReference(provision, null);
        provisions.add(provision);
        provisions.flush();
        audit.record(AuditEvent.of("LEGAL_PROVISION_ADDED", "LegalProvision", provision.id(), provision.reference()));
        return view(provision);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public LegalProvisionView updateProvision(long id, long version, LegalProvisionCommand command) {
        LegalProvision provision = load(id);
        if (provision.version() != version) {
            throw new ConflictException("legalProvision");
        }
        provision.describe(command);
        requireUniqueReference(provision, id);
        provisions.flush();
        audit.record(AuditEvent.of("LEGAL_PROVISION_UPDATED", "LegalProvision", id, provision.reference()));
        return view(provision);
    }

    private void requireUniqueReference(LegalProvision provision, Long self) {
        provisions
                .findByReference(provision.decree(), provision.article(), provision.clause(), provision.point())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new DomainException("legalProvision.referenceTaken", provision.reference());
                });
    }

    private LegalProvision load(long id) {
        return provisions.find(id).orElseThrow(() -> new NotFoundException("legalProvision", id));
    }

    static LegalProvisionView view(LegalProvision p) {
        return new LegalProvisionView(
                p.id(),
                p.decree(),
                p.article(),
                p.clause(),
                p.point(),
                p.reference(),
                p.description(),
                p.individualFineMin(),
                p.individualFineMax(),
                p.organisationFineMin(),
                p.organisationFineMax(),
                p.suspensionMonthsMin(),
                p.suspensionMonthsMax(),
                p.confiscation(),
                p.remedialMeasures(),
                p.active(),
                p.validFrom(),
                p.validUntil(),
                p.version());
    }
}
