package vn.vigil.victim.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditEntryView;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.audit.AuditQuery;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.victim.api.IdentityGrantCommand;
import vn.vigil.victim.api.IdentityGrantView;
import vn.vigil.victim.api.IdentityProtection;
import vn.vigil.victim.api.IdentityReadQuery;
import vn.vigil.victim.api.KeyRotation;
import vn.vigil.victim.domain.IdentityCipher;
import vn.vigil.victim.domain.IdentityGrant;
import vn.vigil.victim.domain.IdentityGrantRepository;
import vn.vigil.victim.domain.Person;
import vn.vigil.victim.domain.VictimCase;
import vn.vigil.victim.domain.VictimCaseRepository;
import vn.vigil.victim.domain.VietnamDate;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class IdentityProtectionImpl implements IdentityProtection {

    static final int ROTATION_BATCH = 200;
    static final String GRANT = "IdentityGrant";

    @Inject
    IdentityGrantRepository grants;

    @Inject
    VictimCaseRepository cases;

    @Inject
    IdentityCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    StaffDirectory staff;

    protected IdentityProtectionImpl() {}

    public IdentityProtectionImpl(
            IdentityGrantRepository grants,
            VictimCaseRepository cases,
            IdentityCipher cipher,
            AuditLog audit,
            CurrentActor actor,
            StaffDirectory staff) {
        this.grants = grants;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
        this.actor = actor;
        this.staff = staff;
    }

    @Override
    public IdentityGrantView grant(IdentityGrantCommand command) {
        Requests.required(command);
        String grantee = Text.required(command.grantee(), "victims.grantee", 64);
        if (staff.findByUsername(grantee).filter(s -> s.enabled()).isEmpty()) {
            throw new DomainException("victims.granteeUnknown", grantee);
        }
        String code = VictimCase.normalCode(command.caseCode());
        Long caseId = code == null
                ? null
                : cases.findByCode(code)
                        .map(VictimCase::id)
                        .orElseThrow(() -> new DomainException("victims.caseUnknown", code));
        IdentityGrant grant = new IdentityGrant(
                grantee, caseId, command.reason(), command.expiresOn(), actor.username(), VietnamDate.today());
        grants.add(grant);
        audit.record(AuditEvent.of(
                "IDENTITY_ACCESS_GRANTED", GRANT, grant.id(), grantee + " " + (code == null ? "*" : code)));
        return view(grant, code == null ? Map.of() : Map.of(caseId, code));
    }

    @Override
    public IdentityGrantView revoke(long grantId) {
        IdentityGrant grant = grants.find(grantId).orElseThrow(() -> new NotFoundException(GRANT, grantId));
        grant.revoke(actor.username());
        audit.record(AuditEvent.of("IDENTITY_ACCESS_REVOKED", GRANT, grantId, grant.grantee()));
        return view(grant, cases.codes(grant.caseId() == null ? List.of() : List.of(grant.caseId())));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IdentityGrantView> grants(PageRequest page) {
        Page<IdentityGrant> found = grants.all(page);
        Map<Long, String> codes = cases.codes(found.items().stream()
                .map(IdentityGrant::caseId)
                .filter(Objects::nonNull)
                .toList());
        return found.map(g -> view(g, codes));
    }

    @Override
    public KeyRotation rotateKeys() {
        int current = cipher.currentVersion();
        int rotated = 0;
        for (Person person : cases.sealedWithOlderKey(current, ROTATION_BATCH)) {
            if (person.resealWithCurrentKey(cipher)) {
                rotated++;
            }
        }
        long remaining = cases.countSealedWithOlderKey(current) - rotated;
        audit.record(AuditEvent.of("IDENTITY_KEYS_ROTATED", "Person", null, rotated + " -> v" + current));
        return new KeyRotation(rotated, Math.max(remaining, 0), current);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public KeyRotation keyStatus() {
        int current = cipher.currentVersion();
        return new KeyRotation(0, cases.countSealedWithOlderKey(current), current);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> identityReads(IdentityReadQuery query, PageRequest page) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new DomainException("victims.periodInvalid");
        }
        String code = VictimCase.normalCode(query.caseCode());
        return audit.search(
                new AuditQuery(
                        query.reader(),
                        VictimCasesImpl.IDENTITY_READ,
                        VictimCasesImpl.ENTITY,
                        code,
                        query.from(),
                        query.to()),
                page);
    }

    private static IdentityGrantView view(IdentityGrant g, Map<Long, String> codes) {
        return new IdentityGrantView(
                g.id(),
                g.grantee(),
                g.caseId() == null ? null : codes.get(g.caseId()),
                g.reason(),
                g.expiresOn(),
                g.grantedBy(),
                g.grantedAt(),
                g.revoked());
    }
}
