package vn.vigil.victim.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.vigil.core.api.DemoDataRequested;
import vn.vigil.victim.api.IdentityEntry;
import vn.vigil.victim.api.PersonRole;
import vn.vigil.victim.api.PersonStatus;
import vn.vigil.victim.api.Sex;
import vn.vigil.victim.api.VerificationCommand;
import vn.vigil.victim.domain.IdentityCipher;
import vn.vigil.victim.domain.Person;
import vn.vigil.victim.domain.VictimCase;
import vn.vigil.victim.domain.VictimCaseRepository;
import vn.vigil.victim.domain.VietnamDate;

/**
 * A few fictitious cases in the demo case worker's caseload: one received today, one overdue for verification, one
 * verified victim with an accompanying child, one without consent (no identity stored). Loaded once.
 */
@ApplicationScoped
public class DemoVictimCases {

    static final String CASE_WORKER = "caseworker";

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    @Inject
    VictimCaseRepository cases;

    @Inject
    IdentityCipher cipher;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) DemoDataRequested event) {
        if (em.createQuery("select count(c) from VictimCase c", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = VietnamDate.today();
        open(
                today,
                "UBND xã Tân Thành",
                "Công an xã Tân Thành",
                PersonRole.VICTIM,
                null,
                2003,
                Sex.FEMALE,
                new IdentityEntry("Lò Thị Mai", "011203004567", "Bản Nậm Cang, xã Tân Thành", "0912 345 678"));
        open(
                today.minusDays(5),
                "Cửa khẩu quốc tế Lào Cai",
                "Đồn Biên phòng cửa khẩu Lào Cai",
                PersonRole.VICTIM,
                null,
                1998,
                Sex.FEMALE,
                new IdentityEntry("Giàng Thị Sua", null, "Xã Sín Chéng, huyện Si Ma Cai", null));
        VictimCase mother = open(
                today.minusDays(20),
                "Trung tâm Công tác xã hội tỉnh",
                "Sở Y tế",
                PersonRole.VICTIM,
                null,
                1995,
                Sex.FEMALE,
                new IdentityEntry("Nguyễn Thị Hằng", "036195001234", "Thôn Đông, xã Yên Phú", "0987 654 321"));
        mother.recordVerification(
                new VerificationCommand(PersonStatus.VERIFIED_VICTIM, today.minusDays(18), "Công an tỉnh"));
        VictimCase child = open(
                today.minusDays(20),
                "Trung tâm Công tác xã hội tỉnh",
                "Sở Y tế",
                PersonRole.ACCOMPANYING_MINOR,
                mother.id(),
                2019,
                Sex.MALE,
                new IdentityEntry("Nguyễn Văn An", null, "Thôn Đông, xã Yên Phú", null));
        child.recordVerification(
                new VerificationCommand(PersonStatus.VERIFIED_VICTIM, today.minusDays(18), "Công an tỉnh"));
        open(
                today.minusDays(1),
                "UBND phường Bắc Sơn",
                "Công an phường Bắc Sơn",
                PersonRole.VICTIM,
                null,
                2001,
                Sex.MALE,
                null);
    }

    private VictimCase open(
            LocalDate receivedOn,
            String place,
            String receivedBy,
            PersonRole role,
            Long accompanies,
            int birthYear,
            Sex sex,
            IdentityEntry identity) {
        boolean consent = identity != null;
        Person person = new Person(birthYear, sex, "VN", consent, identity, cipher);
        cases.add(person);
        VictimCase c = new VictimCase(
                cases.nextCode(receivedOn.getYear()),
                person.id(),
                new VictimCase.Reception(receivedOn, place, null, receivedBy, role, accompanies, false, consent, null),
                CASE_WORKER,
                VietnamDate.today());
        cases.add(c);
        return c;
    }
}
