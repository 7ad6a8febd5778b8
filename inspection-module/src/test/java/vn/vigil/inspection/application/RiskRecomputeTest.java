package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.BusinessLineCommand;
import vn.vigil.inspection.api.BusinessLineEntry;
import vn.vigil.inspection.api.RiskFactor;
import vn.vigil.inspection.api.RiskWeightView;
import vn.vigil.inspection.domain.BusinessLine;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.RiskScoring;
import vn.vigil.inspection.domain.RiskWeightsAdjusted;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaBusinessLines;
import vn.vigil.inspection.infrastructure.JpaRiskWeights;

/**
 * The set-based SQL recompute and the Java {@link RiskScoring} give the same score on varied rows, and changing
 * weights or a line's weight recomputes stored scores.
 */
class RiskRecomputeTest {

    static final LocalDate TODAY = LocalDate.now(EstablishmentRegistryImpl.VIETNAM);

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    EntityManager em;
    JpaRiskWeights weights;
    RiskWeightSettingsImpl settings;
    RecordingEvent<RiskWeightsAdjusted> adjusted = new RecordingEvent<>();
    BusinessLineCatalogueImpl catalogue;
    long commune;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        weights = new JpaRiskWeights(em);
        settings = new RiskWeightSettingsImpl();
        settings.riskWeights = weights;
        settings.audit = new RecordingAuditLog();
        settings.actor = new CurrentActor() {
            @Override
            public String username() {
                return "admin";
            }

            @Override
            public boolean hasRole(Role role) {
                return true;
            }
        };
        settings.adjusted = adjusted;
        catalogue = new BusinessLineCatalogueImpl();
        catalogue.businessLines = new JpaBusinessLines(em);
        catalogue.riskWeights = weights;
        catalogue.audit = new RecordingAuditLog();
        commune = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void sqlAndJavaAgreeOnVariedRowsUnderSeveralWeightings() {
        Random random = new Random(42);
        List<LocalDate> lastInspections = List.of(
                TODAY,
                TODAY.minusDays(1),
                TODAY.minusMonths(1),
                TODAY.minusMonths(7).minusDays(3),
                TODAY.minusYears(3),
                TODAY.withDayOfMonth(1).minusDays(1),
                LocalDate.of(2024, 1, 31),
                TODAY.plusDays(10));
        for (int i = 0; i < 60; i++) {
            LocalDate last = i % 9 == 0 ? null : lastInspections.get(random.nextInt(lastInspections.size()));
            insert(1 + random.nextInt(9), random.nextInt(15), random.nextInt(8), random.nextInt(5), last);
        }
        List<RiskWeightView> seed = settings.weights();
        try {
            assertStoredScoresMatchJava();
            inTransaction(
                    em,
                    () -> settings.adjust(List.of(
                            new RiskWeightView(
                                    RiskFactor.BUSINESS_LINE, 33, 100, version(seed, RiskFactor.BUSINESS_LINE)),
                            new RiskWeightView(RiskFactor.VIOLATIONS, 27, 7, version(seed, RiskFactor.VIOLATIONS)),
                            new RiskWeightView(RiskFactor.TIPS, 11, 3, version(seed, RiskFactor.TIPS)),
                            new RiskWeightView(RiskFactor.INDICATORS, 19, 2, version(seed, RiskFactor.INDICATORS)),
                            new RiskWeightView(
                                    RiskFactor.INSPECTION_GAP, 17, 13, version(seed, RiskFactor.INSPECTION_GAP)))));
            assertStoredScoresMatchJava();
        } finally {
            restore(seed);
        }
    }

    @Test
    void savingWeightsLeavesTheRecomputeToABackgroundJobAfterCommit() {
        long id = insert(4, 10, 0, 0, TODAY);
        int before = storedScore(id);
        List<RiskWeightView> seed = settings.weights();
        try {
            inTransaction(
                    em,
                    () -> settings.adjust(List.of(
                            new RiskWeightView(RiskFactor.VIOLATIONS, 40, 10, version(seed, RiskFactor.VIOLATIONS)))));

            assertThat(storedScore(id)).as("not recomputed inside the request").isEqualTo(before);
            assertThat(adjusted.fired).containsExactly(new RiskWeightsAdjusted("admin"));
        } finally {
            restore(seed);
        }
    }

    @Test
    void weightsAreSavedOnlyFromTheVersionRead() {
        List<RiskWeightView> seed = settings.weights();
        RiskWeightView stale = new RiskWeightView(RiskFactor.TIPS, 15, 5, version(seed, RiskFactor.TIPS) + 1);

        assertThatThrownBy(() -> inTransaction(em, () -> settings.adjust(List.of(stale))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aNewLineWeightRecomputesItsEstablishments() {
        BusinessLineEntry line = inTransaction(
                em,
                unused -> catalogue.create(new BusinessLineCommand(
                        "TEST_" + Math.abs(commune % 1_000_000), "Ngành thử", "Test line", 10, false, true)));
        long id = insert(line.id(), 0, 0, 0, TODAY);
        assertThat(storedScore(id)).isEqualTo(4);

        BusinessLineEntry heavier = inTransaction(
                em,
                unused -> catalogue.update(
                        line.id(),
                        line.version(),
                        new BusinessLineCommand(line.code(), "Ngành thử", "Test line", 100, false, true)));

        assertThat(heavier.riskWeight()).isEqualTo(100);
        assertThat(storedScore(id)).isEqualTo(40);
    }

    @Test
    void aCodeCannotBeTakenFromAnotherLine() {
        BusinessLineEntry line = inTransaction(
                em,
                unused -> catalogue.create(new BusinessLineCommand(
                        "OTHER_" + Math.abs(commune % 1_000_000), "Ngành khác", "Other line", 10, false, true)));

        assertThatThrownBy(() -> inTransaction(
                        em,
                        unused -> catalogue.update(
                                line.id(),
                                line.version(),
                                new BusinessLineCommand("karaoke", "Ngành khác", "Other line", 10, false, true))))
                .hasMessageContaining("businessLine.codeTaken");
        assertThatThrownBy(() -> inTransaction(
                        em,
                        unused -> catalogue.create(
                                new BusinessLineCommand("MASSAGE", "Xoa bóp", "Massage", 10, false, true))))
                .hasMessageContaining("businessLine.codeTaken");
    }

    private void assertStoredScoresMatchJava() {
        inTransaction(em, () -> weights.recomputeScores(null, TODAY));
        em.clear();
        RiskScoring scoring = new RiskScoring(settings.weights());
        List<Establishment> mine = em.createQuery(
                        "select e from Establishment e where e.communeId = :commune", Establishment.class)
                .setParameter("commune", commune)
                .getResultList();
        assertThat(mine).hasSize(60);
        for (Establishment e : mine) {
            int lineWeight = em.find(BusinessLine.class, e.businessLineId()).riskWeight();
            assertThat(e.riskScore())
                    .as("establishment %s with %s", e.id(), e.riskInputs(lineWeight))
                    .isEqualTo(scoring.assess(e.riskInputs(lineWeight), TODAY).score());
        }
    }

    private long insert(long line, int violations, int tips, int indicators, LocalDate lastInspected) {
        Establishment e = new Establishment("Cơ sở thử", line, null, null, "Số 1", commune);
        inTransaction(em, () -> em.persist(e));
        inTransaction(
                em,
                () -> em.createNativeQuery("""
                        update inspection.establishment set violation_points = :v, tip_count = :t,
                               indicator_count = :i, last_inspected_on = :last where id = :id""")
                        .setParameter("v", violations)
                        .setParameter("t", tips)
                        .setParameter("i", indicators)
                        .setParameter("last", lastInspected)
                        .setParameter("id", e.id())
                        .executeUpdate());
        inTransaction(em, () -> weights.recomputeScores(line, TODAY));
        return e.id();
    }

    private int storedScore(long id) {
        return ((Number) em.createNativeQuery("select risk_score from inspection.establishment where id = :id")
                        .setParameter("id", id)
                        .getSingleResult())
                .intValue();
    }

    private void restore(List<RiskWeightView> seed) {
        em.clear();
        List<RiskWeightView> current = settings.weights();
        inTransaction(
                em,
                () -> settings.adjust(seed.stream()
                        .map(s -> new RiskWeightView(
                                s.factor(), s.weight(), s.saturation(), version(current, s.factor())))
                        .toList()));
    }

    private static long version(List<RiskWeightView> weights, RiskFactor factor) {
        return weights.stream()
                .filter(w -> w.factor() == factor)
                .findFirst()
                .orElseThrow()
                .version();
    }
}
