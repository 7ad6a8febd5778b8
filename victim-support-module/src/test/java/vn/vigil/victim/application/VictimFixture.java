package vn.vigil.victim.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import vn.vigil.core.api.Role;
import vn.vigil.core.testing.TestJpa;
import vn.vigil.victim.api.IdentityEntry;
import vn.vigil.victim.api.PersonRole;
import vn.vigil.victim.api.ReceptionCommand;
import vn.vigil.victim.api.Sex;
import vn.vigil.victim.domain.IdentityCipher;
import vn.vigil.victim.domain.TestKeys;
import vn.vigil.victim.domain.VietnamDate;
import vn.vigil.victim.infrastructure.JpaIdentityGrants;
import vn.vigil.victim.infrastructure.JpaIndicatorReferrals;
import vn.vigil.victim.infrastructure.JpaVictimCases;

/** The victim services wired by hand on a real PostgreSQL, with case workers of their own for each test. */
final class VictimFixture {

    final EntityManager em;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final FakeActor actor = new FakeActor();
    final FakeStaff staff = new FakeStaff();
    final JpaVictimCases repository;
    final VictimCasesImpl cases;
    final IndicatorReferralsImpl referrals;
    final IdentityProtectionImpl protection;
    final JpaIndicatorReferrals indicatorRepository;

    final String worker = "cw-" + UUID.randomUUID().toString().substring(0, 8);
    final String colleague = "cw-" + UUID.randomUUID().toString().substring(0, 8);

    VictimFixture(EntityManager em, IdentityCipher cipher) {
        this.em = em;
        repository = new JpaVictimCases(em);
        indicatorRepository = new JpaIndicatorReferrals(em);
        JpaIdentityGrants grants = new JpaIdentityGrants(em);
        RefusalAudit refusals = new RefusalAudit(audit);
        CaseAccess access = new CaseAccess(actor, grants, refusals);
        CaseOpening opening = new CaseOpening(repository, cipher, access, audit, actor);
        cases = new VictimCasesImpl(repository, cipher, access, opening, refusals, audit, actor, staff);
        referrals = new IndicatorReferralsImpl(indicatorRepository, repository, opening, audit, actor);
        protection = new IdentityProtectionImpl(grants, repository, cipher, audit, actor, staff);
        staff.add(worker, Role.CASE_WORKER);
        staff.add(colleague, Role.CASE_WORKER);
        actor.actAs(worker, Role.CASE_WORKER);
    }

    VictimFixture(EntityManager em) {
        this(em, TestKeys.cipher(2));
    }

    <T> T tx(Supplier<T> work) {
        return TestJpa.inTransaction(em, e -> work.get());
    }

    static ReceptionCommand reception(IdentityEntry identity, int birthYear) {
        return reception(identity, birthYear, VietnamDate.today());
    }

    static ReceptionCommand reception(IdentityEntry identity, int birthYear, LocalDate receivedOn) {
        return new ReceptionCommand(
                receivedOn,
                "UBND xã Tân Thành",
                null,
                "Công an xã Tân Thành",
                PersonRole.VICTIM,
                null,
                false,
                "VN",
                birthYear,
                Sex.FEMALE,
                identity != null,
                identity);
    }

    /** A name no other test uses, with Vietnamese diacritics. */
    static String uniqueName() {
        return "Nguyễn Thị Hằng " + UUID.randomUUID().toString().substring(0, 6);
    }
}
