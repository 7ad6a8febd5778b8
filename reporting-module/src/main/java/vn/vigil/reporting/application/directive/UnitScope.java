package vn.vigil.reporting.application.directive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;

/** The unit the caller works for: a focal point answers for their own department or commune, and no other. */
@ApplicationScoped
public class UnitScope {

    @Inject
    CurrentActor actor;

    @Inject
    StaffDirectory staff;

    protected UnitScope() {}

    public UnitScope(CurrentActor actor, StaffDirectory staff) {
        this.actor = actor;
        this.staff = staff;
    }

    /** The caller's unit; refused when the caller has none. */
    public long unit() {
        return staff.findByUsername(actor.username())
                .map(StaffMember::departmentId)
                .orElseThrow(AccessDeniedException::new);
    }

    /** Refuses a unit other than the caller's. */
    public void ensureOwn(long unitId) {
        if (unit() != unitId) {
            throw new AccessDeniedException();
        }
    }

    public String username() {
        return actor.username();
    }

    public CurrentActor actor() {
        return actor;
    }
}
