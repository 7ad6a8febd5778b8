package vn.vigil.victim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.victim.api.PersonRole;
import vn.vigil.victim.api.Reception;
import vn.vigil.victim.api.ReceptionCommand;
import vn.vigil.victim.domain.IdentityCipher;
import vn.vigil.victim.domain.Person;
import vn.vigil.victim.domain.VictimCase;
import vn.vigil.victim.domain.VictimCaseRepository;
import vn.vigil.victim.domain.VietnamDate;

/** Opens a case for a received person, by reception or from an indicator referral; runs in the caller's transaction. */
@ApplicationScoped
public class CaseOpening {

    @Inject
    VictimCaseRepository cases;

    @Inject
    IdentityCipher cipher;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    protected CaseOpening() {}

    public CaseOpening(
            VictimCaseRepository cases, IdentityCipher cipher, CaseAccess access, AuditLog audit, CurrentActor actor) {
        this.cases = cases;
        this.cipher = cipher;
        this.access = access;
        this.audit = audit;
        this.actor = actor;
    }

    Reception open(ReceptionCommand command, Long sourceVisitId) {
        if (command == null) {
            throw new DomainException("validation.required", "body");
        }
        LocalDate today = VietnamDate.today();
        VictimCase.Reception reception = new VictimCase.Reception(
                command.receivedOn(),
                command.receivedPlace(),
                command.receivedUnitId(),
                command.receivedBy(),
                command.role(),
                accompaniedCase(command),
                command.verifiedAbroad(),
                command.consentToProcessing(),
                sourceVisitId);
        Person person = new Person(
                command.birthYear(),
                command.sex(),
                command.nationality(),
                command.consentToProcessing(),
                command.identity(),
                cipher);
        var sameAs = cases.codesMatching(person.idNumberDigest(), person.nameDigest(), person.birthYear());
        cases.add(person);
        VictimCase opened = new VictimCase(
                cases.nextCode(reception.receivedOn().getYear()), person.id(), reception, actor.username(), today);
        cases.add(opened);
        audit.record(AuditEvent.of(
                "VICTIM_CASE_RECEIVED",
                "VictimCase",
                opened.code(),
                sourceVisitId == null ? null : "visit " + sourceVisitId));
        return new Reception(CaseViews.of(opened, cases, access), sameAs);
    }

    private Long accompaniedCase(ReceptionCommand command) {
        String code = VictimCase.normalCode(command.accompaniesCaseCode());
        if (code == null) {
            return null;
        }
        if (command.role() == PersonRole.VICTIM) {
            throw new DomainException("victims.victimAccompaniesNoOne");
        }
        VictimCase accompanied =
                cases.findByCode(code).orElseThrow(() -> new DomainException("victims.accompaniedCaseUnknown", code));
        if (accompanied.personRole() != PersonRole.VICTIM) {
            throw new DomainException("victims.accompaniedNotVictim", code);
        }
        return accompanied.id();
    }
}
