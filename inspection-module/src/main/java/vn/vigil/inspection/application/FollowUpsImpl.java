package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.inspection.api.FollowUpView;
import vn.vigil.inspection.api.FollowUps;
import vn.vigil.inspection.domain.FollowUp;
import vn.vigil.inspection.domain.FollowUpRepository;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
public class FollowUpsImpl implements FollowUps {

    @Inject
    FollowUpRepository followUps;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Override
    public Page<FollowUpView> open(boolean overdueOnly, PageRequest page) {
        LocalDate today = LocalDate.now(EstablishmentRegistryImpl.VIETNAM);
        return new Page<>(
                followUps.open(overdueOnly, today, page),
                followUps.countOpen(overdueOnly, today),
                page.page(),
                page.size());
    }

    @Override
    @RolesAllowed(Role.Names.TEAM_LEAD)
    public FollowUpView close(long id, long version, String note) {
        FollowUp followUp = followUps.find(id).orElseThrow(() -> new NotFoundException("FollowUp", id));
        if (followUp.version() != version) {
            throw new ConflictException("followUp");
        }
        followUp.closeWithNote(note, actor.username(), Instant.now());
        followUps.flush();
        audit.record(AuditEvent.of("FOLLOW_UP_CLOSED", "FollowUp", id, note));
        return view(followUp);
    }

    private static FollowUpView view(FollowUp f) {
        return new FollowUpView(
                f.id(),
                f.establishmentId(),
                null,
                f.visitId(),
                f.finding(),
                f.dueOn(),
                f.closedAt(),
                f.closedBy(),
                f.closeNote(),
                f.closingVisitId(),
                f.version());
    }
}
