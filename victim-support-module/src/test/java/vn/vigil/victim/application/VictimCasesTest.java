package vn.vigil.victim.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.victim.api.CaseloadCounts;
import vn.vigil.victim.api.CaseloadRow;
import vn.vigil.victim.api.ClosureCommand;
import vn.vigil.victim.api.IdentityEntry;
import vn.vigil.victim.api.IdentityGrantCommand;
import vn.vigil.victim.api.IdentityView;
import vn.vigil.victim.api.PersonStatus;
import vn.vigil.victim.api.Reception;
import vn.vigil.victim.api.ReferralCommand;
import vn.vigil.victim.api.RevealPurpose;
import vn.vigil.victim.api.VerificationCommand;
import vn.vigil.victim.api.VictimCaseView;
import vn.vigil.victim.domain.VietnamDate;
import vn.vigil.victim.infrastructure.VictimTestDatabase;

/** Victim cases on a real PostgreSQL: encryption at rest, who may see and do what, duplicates, deadlines. */
class VictimCasesTest {

    static final EntityManagerFactory emf = VictimTestDatabase.factory();

    VictimFixture f;

    @BeforeEach
    void wire() {
        f = new VictimFixture(emf.createEntityManager());
    }

    @AfterEach
    void close() {
        f.em.close();
    }

    @Test
    void identityIsStoredOnlyAsCiphertextAndEveryReadIsAudited() {
        String name = VictimFixture.uniqueName();
        Reception received = f.tx(() -> f.cases.receive(VictimFixture.reception(
                new IdentityEntry(name, "036195001234", "Thôn Đông, xã Yên Phú", "0987 654 321"), 1995)));
        String code = received.victimCase().code();

        Object[] stored = (Object[]) f.em.createNativeQuery("select p.full_name, p.id_number, p.phone"
                        + " from victim.person p join victim.victim_case c on c.person_id = p.id where c.code = :code")
                .setParameter("code", code)
                .getSingleResult();
        assertThat(new String((byte[]) stored[0], StandardCharsets.UTF_8)).doesNotContain("Hằng");
        assertThat(new String((byte[]) stored[1], StandardCharsets.ISO_8859_1)).doesNotContain("036195001234");
        assertThat(new String((byte[]) stored[2], StandardCharsets.ISO_8859_1)).doesNotContain("654");

        IdentityView identity =
                f.tx(() -> f.cases.revealIdentity(received.victimCase().id(), RevealPurpose.VERIFICATION, null));
        assertThat(identity.fullName()).isEqualTo(name);
        assertThat(identity.idNumber()).isEqualTo("036195001234");
        assertThat(identity.photoDataUri()).isNull();
        AuditEvent read = f.audit.events.get(f.audit.events.size() - 1);
        assertThat(read.action()).isEqualTo("IDENTITY_READ");
        assertThat(read.entityId()).isEqualTo(code);
        assertThat(read.detail()).isEqualTo("VERIFICATION").doesNotContain(name);
    }

    @Test
    void aPhotoIsStoredSealedAndShownOnlyWithTheIdentity() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 'I', 'H', 'D', 'R'};
        VictimCaseView c = f.tx(() -> f.cases.receive(
                        VictimFixture.reception(new IdentityEntry(VictimFixture.uniqueName(), null, null, null), 1990)))
                .victimCase();
        f.tx(() -> f.cases.attachPhoto(c.id(), png, "image/png"));

        byte[] stored = (byte[]) f.em.createNativeQuery("select p.photo from victim.person p"
                        + " join victim.victim_case c on c.person_id = p.id where c.code = :code")
                .setParameter("code", c.code())
                .getSingleResult();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("IHDR");
        assertThat(f.tx(() -> f.cases.revealIdentity(c.id(), RevealPurpose.CONTACT, null))
                        .photoDataUri())
                .startsWith("data:image/png;base64,");

        f.actor.actAs(f.colleague, Role.CASE_WORKER);
        assertThatThrownBy(() -> f.tx(() -> f.cases.attachPhoto(c.id(), png, "image/png")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void casesAreNumberedPerYearWithoutRevealingAnyone() {
        String first = f.tx(() -> f.cases.receive(VictimFixture.reception(null, 2000)))
                .victimCase()
                .code();
        String second = f.tx(() -> f.cases.receive(VictimFixture.reception(null, 2000)))
                .victimCase()
                .code();
        int year = VietnamDate.today().getYear();
        assertThat(first).matches("NN-" + year + "-\\d{4}");
        assertThat(Integer.parseInt(second.substring(8))).isEqualTo(Integer.parseInt(first.substring(8)) + 1);
    }

    @Test
    void aCaseWorkerIsRefusedOnAColleaguesCaseAndTheRefusalIsAudited() {
        VictimCaseView mine = f.tx(() -> f.cases.receive(
                        VictimFixture.reception(new IdentityEntry(VictimFixture.uniqueName(), null, null, null), 1990)))
                .victimCase();

        f.actor.actAs(f.colleague, Role.CASE_WORKER);
        assertThatThrownBy(() -> f.tx(() -> f.cases.find(mine.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.tx(() -> f.cases.revealIdentity(mine.id(), RevealPurpose.CONTACT, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.tx(() -> f.cases.close(
                        mine.id(), mine.version(), new ClosureCommand(VietnamDate.today(), "Không phải của tôi"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.audit.events)
                .filteredOn(e -> e.action().equals(RefusalAudit.ACTION))
                .extracting(AuditEvent::entityId, AuditEvent::detail)
                .containsExactly(
                        tuple(mine.code(), "VIEW"), tuple(mine.code(), "IDENTITY_READ"), tuple(mine.code(), "CLOSE"));

        f.em.clear();
        assertThat(f.repository.find(mine.id()).orElseThrow().status().name()).isEqualTo("OPEN");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"FINANCE_OFFICER", "INSPECTOR", "TEAM_LEAD", "LEGAL_OFFICER", "COMMITTEE_VIEWER", "FOCAL_POINT"})
    void onlyThoseWhoNeedToKnowReadACase(Role role) {
        VictimCaseView received = f.tx(() -> f.cases.receive(
                        VictimFixture.reception(new IdentityEntry(VictimFixture.uniqueName(), null, null, null), 1990)))
                .victimCase();
        assertThat(received.identityRevealable()).isTrue();

        f.actor.actAs("someone", role);
        assertThatThrownBy(() -> f.tx(() -> f.cases.find(received.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.tx(() -> f.cases.findByCode(received.code())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.tx(() -> f.cases.referrals(received.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.audit.events)
                .filteredOn(e -> e.action().equals(RefusalAudit.ACTION))
                .extracting(AuditEvent::detail)
                .containsExactly("VIEW", "VIEW", "VIEW_REFERRALS");

        f.actor.actAs("admin", Role.ADMIN);
        VictimCaseView seen = f.tx(() -> f.cases.find(received.id()));
        assertThat(seen.code()).isEqualTo(received.code());
        assertThat(seen.identityRevealable()).isFalse();
        assertThat(seen.actionable()).isFalse();
        assertThatThrownBy(() -> f.tx(() -> f.cases.revealIdentity(received.id(), RevealPurpose.OTHER, "kiểm tra")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGrantedSupervisorMaySeeTheIdentityUntilTheGrantIsRevoked() {
        String name = VictimFixture.uniqueName();
        VictimCaseView received = f.tx(
                        () -> f.cases.receive(VictimFixture.reception(new IdentityEntry(name, null, null, null), 1990)))
                .victimCase();
        f.staff.add("supervisor-" + received.id(), Role.COMMITTEE_VIEWER);

        f.actor.actAs("admin", Role.ADMIN);
        var grant = f.tx(() -> f.protection.grant(new IdentityGrantCommand(
                "supervisor-" + received.id(),
                received.code(),
                "Giám sát hồ sơ",
                VietnamDate.today().plusDays(7))));
        assertThat(grant.caseCode()).isEqualTo(received.code());

        f.actor.actAs("supervisor-" + received.id(), Role.COMMITTEE_VIEWER);
        assertThat(f.tx(() -> f.cases.revealIdentity(received.id(), RevealPurpose.OTHER, "Giám sát"))
                        .fullName())
                .isEqualTo(name);

        f.actor.actAs("admin", Role.ADMIN);
        f.tx(() -> f.protection.revoke(grant.id()));
        f.actor.actAs("supervisor-" + received.id(), Role.COMMITTEE_VIEWER);
        assertThatThrownBy(() -> f.tx(() -> f.cases.revealIdentity(received.id(), RevealPurpose.OTHER, "Giám sát")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void possibleDuplicatesAreFoundByIdNumberOrByFoldedNameAndBirthYear() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        String idNumber = "0361" + System.nanoTime() % 100_000_000L;
        String first = f.tx(() -> f.cases.receive(VictimFixture.reception(
                        new IdentityEntry("Đỗ Thị Hồng " + suffix, idNumber, null, null), 1999)))
                .victimCase()
                .code();

        Reception sameId = f.tx(() -> f.cases.receive(VictimFixture.reception(
                new IdentityEntry(
                        "Người khác " + suffix,
                        " " + idNumber.substring(0, 4) + " " + idNumber.substring(4),
                        null,
                        null),
                1980)));
        assertThat(sameId.possibleSameAs()).containsExactly(first);

        assertThat(f.cases.possibleSameAs(new IdentityEntry("DO THI HONG " + suffix, null, null, null), 1999))
                .contains(first);
        assertThat(f.cases.possibleSameAs(new IdentityEntry("do thi hong " + suffix, null, null, null), 2000))
                .doesNotContain(first);
    }

    @Test
    void aReferralNeedsThePersonsConsentAndARefusalIsAudited() {
        VictimCaseView c =
                f.tx(() -> f.cases.receive(VictimFixture.reception(null, 1990))).victimCase();
        assertThatThrownBy(() -> f.tx(() -> f.cases.refer(
                        c.id(), new ReferralCommand("Trung tâm trợ giúp pháp lý", VietnamDate.today(), false, null))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("victims.referralWithoutConsent");
        assertThat(f.audit.events)
                .anyMatch(e -> e.detail() != null && e.detail().equals("REFER_WITHOUT_CONSENT"));
        assertThat(f.cases.referrals(c.id())).isEmpty();

        f.tx(() -> f.cases.refer(
                c.id(), new ReferralCommand("Trung tâm trợ giúp pháp lý", VietnamDate.today(), true, null)));
        assertThat(f.cases.referrals(c.id()))
                .extracting(r -> r.referredTo())
                .containsExactly("Trung tâm trợ giúp pháp lý");
    }

    @Test
    void theVerificationIsDueThreeDaysAfterReceptionAndFlaggedWhenOverdue() {
        LocalDate received = VietnamDate.today().minusDays(5);
        VictimCaseView late = f.tx(() -> f.cases.receive(VictimFixture.reception(null, 1990, received)))
                .victimCase();
        assertThat(late.verificationDue()).isEqualTo(received.plusDays(3));
        assertThat(late.verificationOverdue()).isTrue();

        List<CaseloadRow> caseload = f.cases.caseload(new PageRequest(0, 20)).items();
        assertThat(caseload).extracting(CaseloadRow::code).containsExactly(late.code());
        assertThat(caseload.get(0).daysLeft()).isEqualTo(-2);
        assertThat(caseload.get(0).overdue()).isTrue();

        VictimCaseView verified = f.tx(() -> f.cases.recordVerification(
                late.id(),
                late.version(),
                new VerificationCommand(PersonStatus.VERIFIED_VICTIM, VietnamDate.today(), "Công an tỉnh")));
        assertThat(verified.verificationOverdue()).isFalse();
        assertThat(verified.version()).isEqualTo(late.version() + 1);
        assertThat(verified.personStatus()).isEqualTo(PersonStatus.VERIFIED_VICTIM);
    }

    @Test
    void theDeskCountsTheWholeCaseloadInOneQueryAsTheListWouldCountIt() {
        LocalDate today = VietnamDate.today();
        VictimCaseView overdue = f.tx(() -> f.cases.receive(VictimFixture.reception(null, 1990, today.minusDays(5))))
                .victimCase();
        f.tx(() -> f.cases.receive(VictimFixture.reception(null, 1991, today)));
        VictimCaseView verified = f.tx(() -> f.cases.receive(VictimFixture.reception(null, 1992, today.minusDays(40))))
                .victimCase();
        f.tx(() -> f.cases.recordVerification(
                verified.id(),
                verified.version(),
                new VerificationCommand(PersonStatus.VERIFIED_VICTIM, today, "Công an tỉnh")));

        CaseloadCounts counts = f.cases.caseloadCounts(7);
        List<CaseloadRow> rows = f.cases.caseload(new PageRequest(0, 20)).items();
        assertThat(counts.open()).isEqualTo(rows.size()).isEqualTo(3);
        assertThat(counts.verificationsOverdue()).isEqualTo(1);
        assertThat(rows.stream().filter(CaseloadRow::overdue).map(CaseloadRow::code))
                .containsExactly(overdue.code());
        assertThat(counts.verificationsDueSoon()).isEqualTo(1);
        assertThat(f.cases.caseloadCounts(0).verificationsDueSoon()).isZero();
        assertThat(counts.receivedThisMonth())
                .isEqualTo(rows.stream()
                        .filter(r -> !r.receivedOn().isBefore(today.withDayOfMonth(1)))
                        .count())
                .isBetween(1L, 2L);
    }

    @Test
    void withoutConsentNothingIdentifyingIsStoredAndNothingHalfSaved() {
        long before = count();
        var refused = VictimFixture.reception(new IdentityEntry("Lò Văn Sáng", null, null, null), 1990);
        var withoutConsent = new vn.vigil.victim.api.ReceptionCommand(
                refused.receivedOn(),
                refused.receivedPlace(),
                null,
                refused.receivedBy(),
                refused.role(),
                null,
                false,
                "VN",
                1990,
                refused.sex(),
                false,
                refused.identity());
        assertThatThrownBy(() -> f.tx(() -> f.cases.receive(withoutConsent)))
                .hasMessageContaining("victims.identityWithoutConsent");
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return ((Number) f.em.createNativeQuery("select count(*) from victim.person")
                        .getSingleResult())
                .longValue();
    }
}
