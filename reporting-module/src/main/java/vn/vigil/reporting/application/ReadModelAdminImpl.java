package vn.vigil.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.Role;
import vn.vigil.reporting.api.ReadModelAdmin;
import vn.vigil.reporting.api.RebuildStatus;
import vn.vigil.reporting.infrastructure.ReadModelRebuild;
import vn.vigil.reporting.infrastructure.ReadModelStore;

@ApplicationScoped
@Guarded
public class ReadModelAdminImpl implements ReadModelAdmin {

    @Inject
    ReadModelRebuild rebuild;

    @Inject
    ReadModelStore store;

    @Inject
    CurrentActor actor;

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public RebuildStatus rebuild() {
        rebuild.start(actor.username());
        return latestRebuild().orElseThrow();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COMMITTEE_VIEWER})
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<RebuildStatus> latestRebuild() {
        return store.latestRebuild();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COMMITTEE_VIEWER})
    @Transactional(Transactional.TxType.REQUIRED)
    public long pendingSlices() {
        return store.pendingSlices();
    }
}
