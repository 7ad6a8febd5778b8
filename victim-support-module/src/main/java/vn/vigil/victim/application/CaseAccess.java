package vn.vigil.victim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Role;
import vn.vigil.victim.domain.IdentityGrantRepository;
import vn.vigil.victim.domain.VictimCase;
import vn.vigil.victim.domain.VietnamDate;

/**
 * Who may do what with a case, on a need-to-know basis. Acting on it (verification, referral, closure) is for its
 * own case worker. Its identity is for its case worker and for a supervisor with a live grant. Its non-identifying
 * facts (birth year, sex, nationality, where and when received, the case worker: in a small province enough to name
 * a person) are for those two and for administrators, who reassign cases. Nobody else reads a case: not a colleague
 * case worker, not inspectors, legal officers or the committee (who see victims only as suppressed aggregates in
 * reporting), not finance (whose support requests carry the case code and what paying needs). Every refusal is
 * audited.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    CurrentActor actor;

    @Inject
    IdentityGrantRepository grants;

    @Inject
    RefusalAudit refusals;

    protected CaseAccess() {}

    public CaseAccess(CurrentActor actor, IdentityGrantRepository grants, RefusalAudit refusals) {
        this.actor = actor;
        this.grants = grants;
        this.refusals = refusals;
    }

    void requireCaseWorker(VictimCase c, String attempt) {
        if (!mayAct(c)) {
            refuse(c, attempt);
        }
    }

    void requireReadable(VictimCase c, String attempt) {
        if (!mayAct(c) && !mayRevealIdentity(c) && !actor.hasRole(Role.ADMIN)) {
            refuse(c, attempt);
        }
    }

    void requireIdentityReader(VictimCase c, String attempt) {
        if (!mayRevealIdentity(c)) {
            refuse(c, attempt);
        }
    }

    boolean mayAct(VictimCase c) {
        return actor.hasRole(Role.CASE_WORKER) && c.workedBy(actor.username());
    }

    boolean mayRevealIdentity(VictimCase c) {
        return mayAct(c) || grants.holds(actor.username(), c.id(), VietnamDate.today());
    }

    private void refuse(VictimCase c, String attempt) {
        refusals.refused(c.code(), attempt);
        throw new AccessDeniedException();
    }
}
