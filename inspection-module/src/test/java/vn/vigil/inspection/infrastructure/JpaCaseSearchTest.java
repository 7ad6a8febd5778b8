package vn.vigil.inspection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.CaseQuery;
import vn.vigil.inspection.api.CaseQuery.CaseOrder;
import vn.vigil.inspection.api.CaseSummary;
import vn.vigil.inspection.domain.Establishment;

/**
 * The case list's query on a real PostgreSQL: names (the violator's, and the establishment's kept on the case by the
 * database), terms of any length, commune and province, keyset paging in both orders. Each test's cases belong to
 * establishments in communes of its own, and every query names them, so tests never see each other's cases.
 */
class JpaCaseSearchTest {

    private static final EntityManagerFactory emf = InspectionTestDatabase.factory();
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private EntityManager em;
    private JpaViolationCases cases;
    private long commune;
    private final List<Long> communes = new ArrayList<>();

    @BeforeEach
    void openEntityManager() {
        em = emf.createEntityManager();
        cases = new JpaViolationCases(em);
        commune = newCommune();
    }

    /** Other test classes share the database: the rows made here leave with the test. */
    @AfterEach
    void removeRowsAndClose() {
        inTransaction(em, () -> {
            em.createNativeQuery("delete from violation.violation_case where establishment_id in"
                            + " (select id from inspection.establishment where commune_id in (:communes))")
                    .setParameter("communes", communes)
                    .executeUpdate();
            em.createNativeQuery("delete from inspection.establishment where commune_id in (:communes)")
                    .setParameter("communes", communes)
                    .executeUpdate();
        });
        em.close();
    }

    @Test
    void findsACaseByItsEstablishmentsNameAndFollowsARename() {
        long establishment = establishment(commune, "Karaoke Hoàng Gia");
        long opened = openCase(establishment, null, LocalDate.of(2026, 3, 1), null);

        assertThat(ids(named("hoang gia"))).containsExactly(opened);
        inTransaction(
                em,
                () -> em.createNativeQuery("""
                        update inspection.establishment set name = 'Karaoke Bình Minh', name_folded = 'karaoke binh minh'
                        where id = :id""")
                        .setParameter("id", establishment)
                        .executeUpdate());

        assertThat(ids(named("hoang gia"))).isEmpty();
        assertThat(ids(named("Bình Minh"))).containsExactly(opened);
        assertThat(page(named("binh minh"), PageRequest.first(20)).items())
                .extracting(CaseSummary::establishmentName)
                .containsExactly("Karaoke Bình Minh");
    }

    @Test
    void oneOrTwoLettersMatchTheStartOfAWordOfEitherName() {
        long karaoke = establishment(commune, "Karaoke Hoàng Gia");
        long hotel = establishment(commune, "Nhà nghỉ Sao Mai");
        long byName = openCase(karaoke, "Lê Văn Nghĩa", LocalDate.of(2026, 3, 1), null);
        long byEstablishment = openCase(hotel, null, LocalDate.of(2026, 3, 2), null);

        // "ng" starts "Nghĩa" (the violator) and "nghỉ" (the establishment), not the end of "Hoàng"
        assertThat(ids(named("ng"))).containsExactlyInAnyOrder(byName, byEstablishment);
        assertThat(ids(named("Lê"))).containsExactly(byName);
        assertThat(ids(named("s"))).containsExactly(byEstablishment);
        assertThat(ids(named("oa"))).isEmpty();
        // three letters and more match anywhere
        assertThat(ids(named("oan"))).containsExactly(byName);
    }

    @Test
    void aCommuneOrAProvinceKeepsTheCasesOfItsEstablishments() {
        long otherCommune = newCommune();
        long outsideCommune = newCommune();
        long here = openCase(establishment(commune, "Quán bar Đông Á"), null, LocalDate.of(2026, 1, 5), null);
        long there = openCase(establishment(otherCommune, "Quán bar Đông Á"), null, LocalDate.of(2026, 1, 6), null);
        openCase(establishment(outsideCommune, "Quán bar Đông Á"), null, LocalDate.of(2026, 1, 7), null);

        CaseQuery inCommune = new CaseQuery(null, null, null, null, false, CaseOrder.DETECTED, commune, null);
        assertThat(ids(inCommune)).containsExactly(here);
        CaseQuery inProvince = new CaseQuery(null, "dong a", null, null, false, CaseOrder.DETECTED, null, 1L);
        assertThat(cases.search(inProvince, null, Set.of(commune, otherCommune), TODAY, PageRequest.first(20))
                        .items())
                .extracting(CaseSummary::id)
                .containsExactly(there, here);
    }

    @Test
    void aCaseFollowsItsEstablishmentToAnotherCommune() {
        long newHome = newCommune();
        long establishment = establishment(commune, "Massage Thiên Đường");
        long opened = openCase(establishment, null, LocalDate.of(2026, 2, 1), null);
        CaseQuery inOldCommune = new CaseQuery(null, null, null, null, false, CaseOrder.DETECTED, commune, null);
        CaseQuery inNewCommune = new CaseQuery(null, null, null, null, false, CaseOrder.NEXT_DEADLINE, newHome, null);
        assertThat(ids(inOldCommune)).containsExactly(opened);

        inTransaction(
                em,
                () -> em.createNativeQuery("update inspection.establishment set commune_id = :to where id = :id")
                        .setParameter("to", newHome)
                        .setParameter("id", establishment)
                        .executeUpdate());

        assertThat(ids(inOldCommune)).isEmpty();
        assertThat(ids(inNewCommune)).containsExactly(opened);
    }

    @Test
    void keysetPagesGiveTheRowsOfOffsetPagesInBothOrdersAcrossTiesAndCasesWithoutDeadline() {
        long establishment = establishment(commune, "Nhà nghỉ Sao Mai");
        for (int i = 0; i < 45; i++) {
            // four detection days and three deadlines (one of them none): ties cross every page boundary
            openCase(
                    establishment,
                    null,
                    LocalDate.of(2026, 2, 1).plusDays(i % 4),
                    i % 3 == 0 ? null : LocalDate.of(2026, 7, 1).plusDays(i % 3));
        }

        for (CaseOrder order : CaseOrder.values()) {
            CaseQuery query = new CaseQuery(null, null, null, null, false, order, commune, null);
            List<Long> expected = expectedOrder(order);
            assertThat(expected).hasSize(45);
            assertThat(offsetPages(query, 7)).as(order.name()).isEqualTo(expected);
            assertThat(keysetPages(query, 7)).as(order.name()).isEqualTo(expected);
        }
    }

    @Test
    void aLongListIsWalkedInItsOrderAndItsCountStopsEarly() {
        long establishment = establishment(commune, "Karaoke Ánh Dương");
        bulkOpen(establishment, ListPager.EXACT_COUNT_LIMIT + 200);

        for (CaseOrder order : CaseOrder.values()) {
            CaseQuery query = new CaseQuery(null, "anh duong", null, null, false, order, commune, null);
            Page<CaseSummary> first = page(query, PageRequest.first(200));
            assertThat(first.totalExact()).isFalse();
            assertThat(first.total()).isGreaterThan(ListPager.EXACT_COUNT_LIMIT);
            List<Long> expected = expectedOrder(order);
            assertThat(keysetPages(query, 200)).as(order.name()).isEqualTo(expected);
            assertThat(offsetPages(query, 200)).as(order.name()).isEqualTo(expected);
        }
    }

    @Test
    void aGarbledCursorOrOneOfTheOtherOrderIsRefused() {
        long establishment = establishment(commune, "Nhà nghỉ Sao Mai");
        openCase(establishment, null, LocalDate.of(2026, 2, 1), null);
        openCase(establishment, null, LocalDate.of(2026, 2, 2), null);
        CaseQuery byDeadline = new CaseQuery(null, null, null, null, false, CaseOrder.NEXT_DEADLINE, commune, null);
        CaseQuery byDetection = new CaseQuery(null, null, null, null, false, CaseOrder.DETECTED, commune, null);
        String next = page(byDeadline, PageRequest.first(1)).next();

        assertThatThrownBy(() -> page(byDetection, PageRequest.continuing(next, 1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("page.cursorInvalid");
        assertThatThrownBy(() -> page(byDeadline, PageRequest.continuing(next.substring(1), 1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("page.cursorInvalid");
        // the same filters read by a team lead are another list: his scope is part of them
        assertThatThrownBy(() -> cases.search(byDeadline, 42L, null, TODAY, PageRequest.continuing(next, 1)))
                .hasMessageContaining("page.cursorInvalid");
        assertThat(page(byDeadline, PageRequest.continuing(next, 1)).items()).hasSize(1);
    }

    @Test
    void shortAndLongTermsAreServedByTheTrigramIndex() {
        for (String term : List.of("n", "ng", "nguyen")) {
            Map<String, Object> params = new HashMap<>();
            String condition = TextTerm.matches(JpaCaseSearch.PARTIES, term, "text", params);
            List<String> lines = new ArrayList<>();
            inTransaction(em, () -> {
                // only bitmap scans are left: one needs an index that serves the condition
                em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
                em.createNativeQuery("set local enable_indexscan = off").executeUpdate();
                em.createNativeQuery("set local enable_indexonlyscan = off").executeUpdate();
                jakarta.persistence.Query explain =
                        em.createNativeQuery("explain select 1 from violation.violation_case c where " + condition);
                params.forEach(explain::setParameter);
                explain.getResultList().forEach(line -> lines.add(String.valueOf(line)));
            });
            assertThat(String.join("\n", lines))
                    .as(term)
                    .contains("violation_case_parties_trigram")
                    .doesNotContain("Seq Scan");
        }
    }

    private static CaseQuery named(String text) {
        return new CaseQuery(null, text, null, null, false, CaseOrder.DETECTED);
    }

    /** The test's cases only: a query by name is kept to the test's commune. */
    private Page<CaseSummary> page(CaseQuery query, PageRequest request) {
        CaseQuery own = query.communeId() == null
                ? new CaseQuery(
                        query.status(),
                        query.violator(),
                        query.detectedFrom(),
                        query.detectedTo(),
                        query.overdueOnly(),
                        query.order(),
                        commune,
                        null)
                : query;
        return cases.search(own, null, null, TODAY, request);
    }

    private List<Long> ids(CaseQuery query) {
        return page(query, PageRequest.first(200)).items().stream()
                .map(CaseSummary::id)
                .toList();
    }

    private List<Long> keysetPages(CaseQuery query, int size) {
        List<Long> ids = new ArrayList<>();
        Page<CaseSummary> page = page(query, PageRequest.first(size));
        ids.addAll(page.items().stream().map(CaseSummary::id).toList());
        while (page.next() != null) {
            page = page(query, PageRequest.continuing(page.next(), size));
            ids.addAll(page.items().stream().map(CaseSummary::id).toList());
        }
        return ids;
    }

    private List<Long> offsetPages(CaseQuery query, int size) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<CaseSummary> rows = page(query, new PageRequest(page, size)).items();
            if (rows.isEmpty()) {
                return ids;
            }
            ids.addAll(rows.stream().map(CaseSummary::id).toList());
        }
    }

    private List<Long> expectedOrder(CaseOrder order) {
        String by = order == CaseOrder.DETECTED ? "c.detected_on desc, c.id desc" : "c.due_on nulls last, c.id";
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select c.id from violation.violation_case c"
                        + " join inspection.establishment e on e.id = c.establishment_id"
                        + " where e.commune_id = :commune order by " + by)
                .setParameter("commune", commune)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private long openCase(long establishment, String violator, LocalDate detected, LocalDate due) {
        long[] id = new long[1];
        inTransaction(
                em,
                () -> id[0] = ((Number) em.createNativeQuery("""
                                        insert into violation.violation_case (establishment_id, violator_kind,
                                            violator_name, detected_on, status, due_on, created_at, created_by,
                                            updated_at, updated_by)
                                        values (:establishment, :kind, :violator, :detected, 'OPENED', :due, now(),
                                            'test', now(), 'test')
                                        returning id""")
                                .setParameter("establishment", establishment)
                                .setParameter("kind", violator == null ? null : "INDIVIDUAL")
                                .setParameter("violator", violator)
                                .setParameter("detected", detected)
                                .setParameter("due", due)
                                .getSingleResult())
                        .longValue());
        return id[0];
    }

    /** Many cases in one statement, with few distinct days (many ties), a third without a deadline. */
    private void bulkOpen(long establishment, int count) {
        inTransaction(
                em,
                () -> em.createNativeQuery("""
                                insert into violation.violation_case (establishment_id, detected_on, status, due_on,
                                    created_at, created_by, updated_at, updated_by)
                                select :establishment, date '2026-01-01' + g % 9,
                                       'OPENED', case when g % 3 = 0 then null else date '2026-07-01' + g % 5 end,
                                       now(), 'test', now(), 'test'
                                from generate_series(1, :count) g""")
                        .setParameter("establishment", establishment)
                        .setParameter("count", count)
                        .executeUpdate());
        inTransaction(
                em,
                () -> em.createNativeQuery("analyze violation.violation_case").executeUpdate());
    }

    private long establishment(long inCommune, String name) {
        long line = ((Number) em.createNativeQuery("select id from inspection.business_line where code = 'KARAOKE'")
                        .getSingleResult())
                .longValue();
        Establishment establishment = new Establishment(name, line, null, "Trần Văn Bình", "Số 1", inCommune);
        inTransaction(em, () -> em.persist(establishment));
        return establishment.id();
    }

    private long newCommune() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        communes.add(id);
        return id;
    }
}
