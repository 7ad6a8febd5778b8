package vn.vigil.inspection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentSummary;
import vn.vigil.inspection.domain.Establishment;

/**
 * The registry search against the migrated schema on a real PostgreSQL. Each test registers its establishments in
 * a commune id of its own (communes live in core and are not checked here), so tests never see each other's rows.
 */
class JpaEstablishmentSearchTest {

    private static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    private EntityManager em;
    private JpaEstablishmentSearch search;
    private long commune;

    @BeforeEach
    void openEntityManager() {
        em = emf.createEntityManager();
        search = new JpaEstablishmentSearch(em);
        commune = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    @AfterEach
    void closeEntityManager() {
        em.close();
    }

    @Test
    void findsATradeNameWithoutDiacriticsOrCase() {
        register("Karaoke Hoàng Gia", "KARAOKE", 80);
        register("Karaoke Hoàng Anh", "KARAOKE", 60);

        for (String text : List.of("karaoke hoang gia", "KARAOKE HOÀNG GIA", "  hoàng   gia ")) {
            assertThat(search.page(inCommune(text, null, null, null), PageRequest.first(25)))
                    .as(text)
                    .extracting(EstablishmentSummary::name)
                    .containsExactly("Karaoke Hoàng Gia");
        }
    }

    @Test
    void looksUpChosenEstablishmentsByIdInNameOrderLeavingOutUnknownIds() {
        long sao = register("Nhà nghỉ Sao Mai", "ACCOMMODATION", 50);
        long anh = register("Karaoke Ánh Dương", "KARAOKE", 70);
        register("Quán bar Đông Á", "DISCOTHEQUE", 90);

        assertThat(search.byIds(List.of(sao, anh, -1L)))
                .extracting(EstablishmentSummary::id, EstablishmentSummary::riskScore)
                .containsExactly(tuple(anh, 70), tuple(sao, 50));
        assertThat(search.byIds(List.of())).isEmpty();
    }

    @Test
    void treatsLikeWildcardsAsPlainText() {
        register("Nhà nghỉ Sao Mai", "ACCOMMODATION", 50);

        assertThat(search.count(inCommune("%", null, null, null))).isZero();
        assertThat(search.count(inCommune("_", null, null, null))).isZero();
    }

    @Test
    void sortsByRiskHighestFirstThenByIdAndPages() {
        long low = register("Cà phê Như Ý", "DIM_CAFE", 40);
        long firstHigh = register("Massage Kim Long", "MASSAGE", 90);
        long secondHigh = register("Spa & Xông hơi Kim Long", "MASSAGE", 90);
        long middle = register("Quán bar Đông Á", "DISCOTHEQUE", 70);
        EstablishmentQuery query = inCommune(null, null, null, null);

        assertThat(search.page(query, new PageRequest(0, 3)))
                .extracting(EstablishmentSummary::id)
                .containsExactly(firstHigh, secondHigh, middle);
        assertThat(search.page(query, new PageRequest(1, 3)))
                .extracting(EstablishmentSummary::id)
                .containsExactly(low);
        assertThat(search.count(query)).isEqualTo(4);
    }

    @Test
    void aRowCarriesItsBusinessLineInBothLanguagesAndTheHighRiskMark() {
        register("Quán bar Đông Á", "DISCOTHEQUE", 70);
        register("Nhà hàng Hương Sen", "RESTAURANT", 69);

        List<EstablishmentSummary> rows = search.page(inCommune(null, null, null, null), PageRequest.first(25));

        assertThat(rows)
                .extracting(
                        EstablishmentSummary::businessLineVi,
                        EstablishmentSummary::businessLineEn,
                        EstablishmentSummary::highRisk,
                        EstablishmentSummary::status)
                .containsExactly(
                        tuple("Vũ trường, quán bar", "Discotheque and bar", true, EstablishmentStatus.OPERATING),
                        tuple("Nhà hàng, quán ăn", "Restaurant", false, EstablishmentStatus.OPERATING));
        assertThat(rows.get(0).communeId()).isEqualTo(commune);
        assertThat(rows.get(0).communeName()).isNull();
        assertThat(rows.get(0).ownerName()).isEqualTo("Nguyễn Văn An");
        assertThat(rows.get(0).address()).isEqualTo("Số 1, đường Đồng Khởi");
    }

    @Test
    void filtersByBusinessLineStatusAndMinimumRisk() {
        register("Karaoke Bình Minh", "KARAOKE", 85);
        long suspended = register("Karaoke Phú Quý", "KARAOKE", 75);
        register("Karaoke Minh Châu", "KARAOKE", 30);
        register("Massage Thanh Thủy", "MASSAGE", 95);
        inTransaction(
                em,
                () -> em.createNativeQuery("update inspection.establishment set status = 'SUSPENDED' where id = :id")
                        .setParameter("id", suspended)
                        .executeUpdate());

        assertThat(names(inCommune(null, line("KARAOKE"), null, null)))
                .containsExactly("Karaoke Bình Minh", "Karaoke Phú Quý", "Karaoke Minh Châu");
        assertThat(names(inCommune(null, line("KARAOKE"), EstablishmentStatus.SUSPENDED, null)))
                .containsExactly("Karaoke Phú Quý");
        assertThat(names(inCommune(null, null, EstablishmentStatus.OPERATING, 80)))
                .containsExactly("Massage Thanh Thủy", "Karaoke Bình Minh");
        assertThat(search.count(inCommune(null, line("KARAOKE"), null, 75))).isEqualTo(2);
    }

    @Test
    void findsThoseNotInspectedSinceADayIncludingNeverInspected() {
        long never = register("Karaoke Sao Mai", "KARAOKE", 50);
        long longAgo = register("Karaoke Bình Minh", "KARAOKE", 50);
        long recently = register("Karaoke Phú Quý", "KARAOKE", 50);
        inspectedOn(longAgo, java.time.LocalDate.of(2025, 3, 1));
        inspectedOn(recently, java.time.LocalDate.of(2026, 6, 1));
        EstablishmentQuery query =
                new EstablishmentQuery(null, commune, null, null, null, java.time.LocalDate.of(2026, 1, 1));

        assertThat(search.page(query, PageRequest.first(25)))
                .extracting(EstablishmentSummary::id)
                .containsExactly(never, longAgo);
        assertThat(recently).isPositive();
    }

    private void inspectedOn(long id, java.time.LocalDate day) {
        inTransaction(
                em,
                () -> em.createNativeQuery(
                                "update inspection.establishment set last_inspected_on = :day where id = :id")
                        .setParameter("day", day)
                        .setParameter("id", id)
                        .executeUpdate());
    }

    @Test
    void aMinimumRiskOutsideTheScaleIsRefused() {
        assertThatThrownBy(() -> new EstablishmentQuery(null, null, null, null, 101))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("establishment.riskOutOfRange");
        assertThatThrownBy(() -> new EstablishmentQuery(null, null, null, null, -1))
                .isInstanceOf(DomainException.class);
    }

    private EstablishmentQuery inCommune(
            String text, Long businessLineId, EstablishmentStatus status, Integer minRisk) {
        return new EstablishmentQuery(text, commune, businessLineId, status, minRisk);
    }

    private List<String> names(EstablishmentQuery query) {
        return search.page(query, PageRequest.first(25)).stream()
                .map(EstablishmentSummary::name)
                .toList();
    }

    private long register(String name, String lineCode, int risk) {
        Establishment establishment =
                new Establishment(name, line(lineCode), null, "Nguyễn Văn An", "Số 1, đường Đồng Khởi", commune);
        establishment.scoreRisk(risk);
        inTransaction(em, () -> em.persist(establishment));
        return establishment.id();
    }

    private long line(String code) {
        return ((Number) em.createNativeQuery("select id from inspection.business_line where code = :code")
                        .setParameter("code", code)
                        .getSingleResult())
                .longValue();
    }
}
