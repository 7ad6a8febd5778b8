package vn.vigil.victim.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.Role;
import vn.vigil.victim.api.IdentityEntry;
import vn.vigil.victim.api.KeyRotation;
import vn.vigil.victim.api.RevealPurpose;
import vn.vigil.victim.api.VictimCaseView;
import vn.vigil.victim.domain.TestKeys;
import vn.vigil.victim.infrastructure.VictimTestDatabase;

/** Rows sealed with an older key are re-encrypted in batches with the current one and still read the same. */
class KeyRotationTest {

    static final EntityManagerFactory emf = VictimTestDatabase.factory();

    @Test
    void rotationReEncryptsOlderRowsWithTheCurrentKey() {
        String name = VictimFixture.uniqueName();
        VictimFixture before = new VictimFixture(emf.createEntityManager(), TestKeys.cipher(1));
        VictimCaseView received = before.tx(() -> before.cases.receive(
                        VictimFixture.reception(new IdentityEntry(name, "B7654321", null, null), 1992)))
                .victimCase();
        byte[] sealedBefore = sealedName(before, received.code());
        before.em.close();

        VictimFixture after = new VictimFixture(emf.createEntityManager(), TestKeys.cipher(2));
        after.actor.actAs("admin", Role.ADMIN);
        assertThat(after.protection.keyStatus().remaining()).isPositive();
        KeyRotation rotation;
        do {
            rotation = after.tx(() -> after.protection.rotateKeys());
        } while (rotation.remaining() > 0);
        assertThat(after.protection.keyStatus().remaining()).isZero();
        assertThat(sealedName(after, received.code())).isNotEqualTo(sealedBefore);

        after.actor.actAs(before.worker, Role.CASE_WORKER);
        after.em.clear();
        assertThat(after.tx(() -> after.cases.revealIdentity(received.id(), RevealPurpose.VERIFICATION, null))
                        .fullName())
                .isEqualTo(name);
        after.em.close();
    }

    private static byte[] sealedName(VictimFixture f, String code) {
        f.em.clear();
        return (byte[]) f.em.createNativeQuery("select p.full_name from victim.person p"
                        + " join victim.victim_case c on c.person_id = p.id where c.code = :code")
                .setParameter("code", code)
                .getSingleResult();
    }
}
