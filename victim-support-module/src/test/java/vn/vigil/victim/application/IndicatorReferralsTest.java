package vn.vigil.victim.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.testing.TestJpa;
import vn.vigil.inspection.api.TraffickingIndicatorsSeen;
import vn.vigil.victim.api.IndicatorReferralStatus;
import vn.vigil.victim.api.IndicatorReferralView;
import vn.vigil.victim.api.Reception;
import vn.vigil.victim.infrastructure.IndicatorReferralIntake;
import vn.vigil.victim.infrastructure.VictimTestDatabase;

/** Visits with trafficking indicators become one referral each, which a case worker accepts or dismisses. */
class IndicatorReferralsTest {

    static final EntityManagerFactory emf = VictimTestDatabase.factory();

    VictimFixture f;
    IndicatorReferralIntake intake;

    @BeforeEach
    void wire() {
        f = new VictimFixture(emf.createEntityManager());
        intake = new IndicatorReferralIntake(f.indicatorRepository, f.audit);
    }

    @AfterEach
    void close() {
        f.em.close();
    }

    @Test
    void anEventDeliveredTwiceRefersTheVisitOnce() {
        long visit = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        TestJpa.inTransaction(f.em, () -> intake.onIndicatorsSeen(new TraffickingIndicatorsSeen(visit, 7)));
        TestJpa.inTransaction(f.em, () -> intake.onIndicatorsSeen(new TraffickingIndicatorsSeen(visit, 7)));

        Number rows =
                (Number) f.em.createNativeQuery("select count(*) from victim.indicator_referral where visit_id = :v")
                        .setParameter("v", visit)
                        .getSingleResult();
        assertThat(rows.intValue()).isEqualTo(1);
        assertThat(f.audit.actions()).containsExactly("INDICATOR_REFERRAL_RECEIVED");
    }

    @Test
    void acceptingOpensACaseLinkedToTheVisit() {
        IndicatorReferralView referral = referred();
        Reception opened =
                f.tx(() -> f.referrals.accept(referral.id(), referral.version(), VictimFixture.reception(null, 2004)));

        assertThat(opened.victimCase().sourceVisitId()).isEqualTo(referral.visitId());
        f.em.clear();
        assertThat(f.indicatorRepository.find(referral.id()).orElseThrow().status())
                .isEqualTo(IndicatorReferralStatus.ACCEPTED);
        assertThatThrownBy(() -> f.tx(() -> f.referrals.dismiss(referral.id(), referral.version() + 1, "x")))
                .hasMessageContaining("victims.referralDecided");
    }

    @Test
    void dismissingNeedsAReason() {
        IndicatorReferralView referral = referred();
        assertThatThrownBy(() -> f.tx(() -> f.referrals.dismiss(referral.id(), referral.version(), " ")))
                .hasMessageContaining("validation.required");
        IndicatorReferralView dismissed =
                f.tx(() -> f.referrals.dismiss(referral.id(), referral.version(), "Không có người bị hại"));
        assertThat(dismissed.status()).isEqualTo(IndicatorReferralStatus.DISMISSED);
    }

    private IndicatorReferralView referred() {
        long visit = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        TestJpa.inTransaction(f.em, () -> intake.onIndicatorsSeen(new TraffickingIndicatorsSeen(visit, 7)));
        return f.referrals.pending(new PageRequest(0, 200)).items().stream()
                .filter(r -> r.visitId() == visit)
                .findFirst()
                .orElseThrow();
    }
}
