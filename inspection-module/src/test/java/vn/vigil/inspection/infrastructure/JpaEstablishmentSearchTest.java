package vn.vigil.inspection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
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
import vn.vigil.core.api.PageCursor;
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
    private final List<Long> communes = new ArrayList<>();

    @BeforeEach
    void openEntityManager() {
        em = emf.createEntityManager();
        search = new JpaEstablishmentSearch(em);
        commune = newCommune();
    }

    /** Other test classes share the database: the rows made here leave with the test. */
    @AfterEach
    void removeRowsAndClose() {
        inTransaction(
                em,
                () -> em.createNativeQuery("delete from inspection.establishment where commune_id in (:communes)")
                        .setParameter("communes", communes)
                        .executeUpdate());
        em.close();
    }

    @Test
    void findsATradeNameWithoutDiacriticsOrCase() {
        register("Karaoke Hoàng Gia", "KARAOKE", 80);
        register("Karaoke Hoàng Anh", "KARAOKE", 60);

        for (String text : List.of("karaoke hoang gia", "KARAOKE HOÀNG GIA", "  hoàng   gia ")) {
            assertThat(names(inCommune(text, null, null, null))).as(text).containsExactly("Karaoke Hoàng Gia");
        }
    }

    @Test
    void oneOrTwoLettersMatchTheStartOfAWordInTheNameTheOwnerOrTheAddress() {
        register("Nhà nghỉ Sao Mai", "ACCOMMODATION", 50, "Trần Văn Bình", "Số 3, đường Lê Lợi");
        register("Karaoke Hoàng Gia", "KARAOKE", 40, "Nguyễn Thị Lan", "Số 9, đường Hai Bà Trưng");
        register("Quán bar Đông Á", "DISCOTHEQUE", 30, "Võ Minh Tâm", "Số 1, đường Đồng Khởi");

        // "ng" starts "nghỉ" and "Nguyễn"; it never matches inside "Hoàng", "Đông", "đường" or "Trưng"
        assertThat(names(inCommune("ng", null, null, null))).containsExactly("Nhà nghỉ Sao Mai", "Karaoke Hoàng Gia");
        // "Lê" (two letters) starts the street of the first; "l" starts "Lê", "Lợi" and "Lan"
        assertThat(names(inCommune("Lê", null, null, null))).containsExactly("Nhà nghỉ Sao Mai");
        assertThat(names(inCommune("l", null, null, null))).containsExactly("Nhà nghỉ Sao Mai", "Karaoke Hoàng Gia");
        // "đ" folds to "d": "Đông", "đường" and "Đồng" start with it, in every row
        assertThat(search.search(inCommune("Đ", null, null, null), null, PageRequest.first(25))
                        .total())
                .isEqualTo(3);
        assertThat(names(inCommune("q", null, null, null))).containsExactly("Quán bar Đông Á");
        assertThat(names(inCommune("zy", null, null, null))).isEmpty();
    }

    @Test
    void threeLettersOrMoreMatchAnywhere() {
        register("Karaoke Hoàng Gia", "KARAOKE", 40);
        register("Quán bar Đông Á", "DISCOTHEQUE", 30);

        assertThat(names(inCommune("oan", null, null, null))).containsExactly("Karaoke Hoàng Gia");
        assertThat(names(inCommune("ông á", null, null, null))).containsExactly("Quán bar Đông Á");
    }

    @Test
    void findsByTheOwnersNameAndByTheAddress() {
        register("Nhà nghỉ Sao Mai", "ACCOMMODATION", 50, "Nguyễn Thị Hạnh", "Số 12, đường Trần Hưng Đạo");
        register("Karaoke Hoàng Gia", "KARAOKE", 40, "Lê Văn Cường", "Số 7, Quốc lộ 1A");

        assertThat(names(inCommune("nguyen thi hanh", null, null, null))).containsExactly("Nhà nghỉ Sao Mai");
        assertThat(names(inCommune("Cường", null, null, null))).containsExactly("Karaoke Hoàng Gia");
        assertThat(names(inCommune("tran hung dao", null, null, null))).containsExactly("Nhà nghỉ Sao Mai");
        assertThat(names(inCommune("quoc lo 1a", null, null, null))).containsExactly("Karaoke Hoàng Gia");
    }

    @Test
    void findsARegistrationNumberExactlyAndNotAPartOfIt() {
        String number = "GP-" + commune;
        long registered = register("Nhà nghỉ Sao Mai", "ACCOMMODATION", 50);
        inTransaction(
                em,
                () -> em.createNativeQuery("update inspection.establishment set registration_no = :no where id = :id")
                        .setParameter("no", number)
                        .setParameter("id", registered)
                        .executeUpdate());

        assertThat(search.search(inCommune(number, null, null, null), null, PageRequest.first(25))
                        .items())
                .extracting(EstablishmentSummary::id, EstablishmentSummary::registrationNo)
                .containsExactly(tuple(registered, number));
        assertThat(names(inCommune(" " + number + " ", null, null, null))).containsExactly("Nhà nghỉ Sao Mai");
        // a part of the number is not the number (and the number is not in the name, owner or address)
        assertThat(names(inCommune(number.substring(0, number.length() - 1) + "x", null, null, null)))
                .isEmpty();
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

        for (String text : List.of("%", "_", "%%%", "a_b")) {
            assertThat(search.search(inCommune(text, null, null, null), null, PageRequest.first(25))
                            .total())
                    .as(text)
                    .isZero();
        }
    }

    @Test
    void sortsByRiskHighestFirstThenByIdAndPages() {
        long low = register("Cà phê Như Ý", "DIM_CAFE", 40);
        long firstHigh = register("Massage Kim Long", "MASSAGE", 90);
        long secondHigh = register("Spa & Xông hơi Kim Long", "MASSAGE", 90);
        long middle = register("Quán bar Đông Á", "DISCOTHEQUE", 70);
        EstablishmentQuery query = inCommune(null, null, null, null);

        Page<EstablishmentSummary> first = search.search(query, null, new PageRequest(0, 3));
        assertThat(first.items()).extracting(EstablishmentSummary::id).containsExactly(firstHigh, secondHigh, middle);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.totalExact()).isTrue();
        assertThat(search.search(query, null, new PageRequest(1, 3)).items())
                .extracting(EstablishmentSummary::id)
                .containsExactly(low);
        Page<EstablishmentSummary> next = search.search(query, null, PageRequest.continuing(first.next(), 3));
        assertThat(next.items()).extracting(EstablishmentSummary::id).containsExactly(low);
        assertThat(next.page()).isEqualTo(1);
        assertThat(next.next()).as("the last page has no next").isNull();
    }

    @Test
    void aRowCarriesItsBusinessLineInBothLanguagesAndTheHighRiskMark() {
        register("Quán bar Đông Á", "DISCOTHEQUE", 70);
        register("Nhà hàng Hương Sen", "RESTAURANT", 69);

        List<EstablishmentSummary> rows = search.search(inCommune(null, null, null, null), null, PageRequest.first(25))
                .items();

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
        assertThat(search.search(inCommune(null, line("KARAOKE"), null, 75), null, PageRequest.first(25))
                        .total())
                .isEqualTo(2);
    }

    @Test
    void findsThoseNotInspectedSinceADayIncludingNeverInspected() {
        long never = register("Karaoke Sao Mai", "KARAOKE", 50);
        long longAgo = register("Karaoke Bình Minh", "KARAOKE", 50);
        long recently = register("Karaoke Phú Quý", "KARAOKE", 50);
        inspectedOn(longAgo, LocalDate.of(2025, 3, 1));
        inspectedOn(recently, LocalDate.of(2026, 6, 1));
        EstablishmentQuery query = new EstablishmentQuery(null, commune, null, null, null, LocalDate.of(2026, 1, 1));

        assertThat(search.search(query, null, PageRequest.first(25)).items())
                .extracting(EstablishmentSummary::id)
                .containsExactly(never, longAgo);
        assertThat(recently).isPositive();
    }

    @Test
    void aProvinceKeepsTheEstablishmentsOfItsCommunes() {
        long otherCommune = newCommune();
        long outside = newCommune();
        long here = register("Karaoke Sao Mai", "KARAOKE", 50);
        long there = registerIn(otherCommune, "Karaoke Bình Minh", 60);
        registerIn(outside, "Karaoke Phú Quý", 70);
        Set<Long> province = Set.of(commune, otherCommune);

        assertThat(search.search(inProvince(null, null), province, PageRequest.first(25))
                        .items())
                .extracting(EstablishmentSummary::id)
                .containsExactly(there, here);
        assertThat(search.search(inProvince("sao mai", null), province, PageRequest.first(25))
                        .items())
                .extracting(EstablishmentSummary::id)
                .containsExactly(here);
        assertThat(search.search(inProvince(null, null), Set.of(), PageRequest.first(25))
                        .items())
                .as("a province without communes has no establishments")
                .isEmpty();
    }

    @Test
    void keysetPagesGiveTheRowsOfOffsetPagesAcrossTiesInRisk() {
        // 60 rows over 4 risk scores: ties cross every page boundary
        for (int i = 0; i < 60; i++) {
            register("Cơ sở " + i, "KARAOKE", 10 * (i % 4));
        }
        EstablishmentQuery query = inCommune(null, null, null, null);

        List<Long> expected = expectedOrder(commune, null);
        assertThat(offsetPages(query, null, 7)).isEqualTo(expected);
        assertThat(keysetPages(query, null, 7)).isEqualTo(expected);
    }

    @Test
    void aLongListIsWalkedInRiskOrderAndItsCountStopsEarly() {
        // more rows than the exact count covers, so the pager walks the index instead of sorting every match
        int rows = ListPager.EXACT_COUNT_LIMIT + 300;
        bulkRegister(commune, rows);
        EstablishmentQuery query = inCommune(null, null, null, null);
        List<Long> expected = expectedOrder(commune, null);

        Page<EstablishmentSummary> first = search.search(query, null, PageRequest.first(200));
        assertThat(first.totalExact()).isFalse();
        assertThat(first.total()).isGreaterThan(ListPager.EXACT_COUNT_LIMIT);
        assertThat(keysetPages(query, null, 200)).isEqualTo(expected);
        assertThat(offsetPages(query, null, 200)).isEqualTo(expected);
        // a text every row matches ("co so"), walked with the text as a filter
        EstablishmentQuery text = inCommune("cơ sở", null, null, null);
        assertThat(keysetPages(text, null, 200)).isEqualTo(expected);
    }

    @Test
    void aLargeProvinceIsWalkedCommuneByCommuneInRiskOrder() {
        long second = newCommune();
        bulkRegister(commune, ListPager.EXACT_COUNT_LIMIT / 2 + 100);
        bulkRegister(second, ListPager.EXACT_COUNT_LIMIT / 2 + 100);
        Set<Long> province = Set.of(commune, second);
        List<Long> expected = expectedOrder(commune, second);

        EstablishmentQuery query = inProvince(null, null);
        assertThat(keysetPages(query, province, 150)).isEqualTo(expected);
        assertThat(offsetPages(query, province, 150)).isEqualTo(expected);
    }

    @Test
    void aGarbledOrForeignCursorIsRefused() {
        register("Cà phê Như Ý", "DIM_CAFE", 40);
        register("Massage Kim Long", "MASSAGE", 90);
        EstablishmentQuery query = inCommune(null, null, null, null);
        String next = search.search(query, null, PageRequest.first(1)).next();
        assertThat(next).isNotNull();

        for (String garbled : List.of("", "abc", "!!!", next.substring(0, next.length() - 2), next + "A", "x" + next)) {
            assertThatThrownBy(() -> search.search(query, null, PageRequest.continuing(garbled, 1)))
                    .as(garbled)
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("page.cursorInvalid");
        }
        // a well-formed cursor of other filters, another list, or with a key that is no risk score
        PageCursor cursor = PageRequest.continuing(next, 1).after();
        assertThatThrownBy(
                        () -> search.search(inCommune("kim", null, null, null), null, PageRequest.continuing(next, 1)))
                .hasMessageContaining("page.cursorInvalid");
        for (PageCursor forged : List.of(
                new PageCursor("visits", cursor.query(), 1, cursor.key(), cursor.id(), 2, true),
                new PageCursor(cursor.list(), cursor.query(), 1, "101", cursor.id(), 2, true),
                new PageCursor(cursor.list(), cursor.query(), 1, "x", cursor.id(), 2, true))) {
            assertThatThrownBy(() -> search.search(query, null, PageRequest.continuing(forged.encode(), 1)))
                    .as(forged.toString())
                    .hasMessageContaining("page.cursorInvalid");
        }
    }

    @Test
    void shortAndLongTermsAreServedByTheTrigramIndex() {
        // with sequential scans priced out, a plan still reads the table when no index can serve the condition
        for (String term : List.of("n", "ng", "nguyen")) {
            String plan = plan(
                    "select 1 from inspection.establishment e where "
                            + TextTerm.matches(JpaEstablishmentSearch.SEARCHED_TEXT, term, "text", new HashMap<>()),
                    term);
            assertThat(plan).as(term).contains("establishment_search_trigram").doesNotContain("Seq Scan");
        }
    }

    @Test
    void aMinimumRiskOutsideTheScaleIsRefused() {
        assertThatThrownBy(() -> new EstablishmentQuery(null, null, null, null, 101))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("establishment.riskOutOfRange");
        assertThatThrownBy(() -> new EstablishmentQuery(null, null, null, null, -1))
                .isInstanceOf(DomainException.class);
    }

    private String plan(String sql, String term) {
        Map<String, Object> params = new HashMap<>();
        TextTerm.matches("x", term, "text", params);
        List<String> lines = new ArrayList<>();
        inTransaction(em, () -> {
            // only bitmap scans are left: one needs an index that serves the condition
            em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            em.createNativeQuery("set local enable_indexscan = off").executeUpdate();
            em.createNativeQuery("set local enable_indexonlyscan = off").executeUpdate();
            jakarta.persistence.Query explain = em.createNativeQuery("explain " + sql);
            params.forEach(explain::setParameter);
            for (Object line : explain.getResultList()) {
                lines.add(String.valueOf(line));
            }
        });
        return String.join("\n", lines);
    }

    private List<Long> keysetPages(EstablishmentQuery query, Set<Long> province, int size) {
        List<Long> ids = new ArrayList<>();
        Page<EstablishmentSummary> page = search.search(query, province, PageRequest.first(size));
        int pages = 1;
        ids.addAll(page.items().stream().map(EstablishmentSummary::id).toList());
        while (page.next() != null) {
            page = search.search(query, province, PageRequest.continuing(page.next(), size));
            assertThat(page.page()).isEqualTo(pages++);
            ids.addAll(page.items().stream().map(EstablishmentSummary::id).toList());
        }
        return ids;
    }

    private List<Long> offsetPages(EstablishmentQuery query, Set<Long> province, int size) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<EstablishmentSummary> rows =
                    search.search(query, province, new PageRequest(page, size)).items();
            if (rows.isEmpty()) {
                return ids;
            }
            ids.addAll(rows.stream().map(EstablishmentSummary::id).toList());
        }
    }

    private List<Long> expectedOrder(long first, Long second) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from inspection.establishment where commune_id in (:a, :b)"
                        + " order by risk_score desc, id")
                .setParameter("a", first)
                .setParameter("b", second == null ? first : second)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Rows with few distinct risk scores (many ties), inserted in one statement. */
    private void bulkRegister(long inCommune, int rows) {
        long line = line("KARAOKE");
        inTransaction(
                em,
                () -> em.createNativeQuery("""
                                insert into inspection.establishment (name, name_folded, business_line_id, address,
                                    address_folded, commune_id, risk_score, created_at, created_by, updated_at,
                                    updated_by)
                                select 'Cơ sở ' || g, 'co so ' || g, :line, 'Số ' || g, 'so ' || g, :commune,
                                       (g * 7) % 5 * 20, now(), 'test', now(), 'test'
                                from generate_series(1, :rows) g""")
                        .setParameter("line", line)
                        .setParameter("commune", inCommune)
                        .setParameter("rows", rows)
                        .executeUpdate());
        inTransaction(
                em,
                () -> em.createNativeQuery("analyze inspection.establishment").executeUpdate());
    }

    private void inspectedOn(long id, LocalDate day) {
        inTransaction(
                em,
                () -> em.createNativeQuery(
                                "update inspection.establishment set last_inspected_on = :day where id = :id")
                        .setParameter("day", day)
                        .setParameter("id", id)
                        .executeUpdate());
    }

    private EstablishmentQuery inCommune(
            String text, Long businessLineId, EstablishmentStatus status, Integer minRisk) {
        return new EstablishmentQuery(text, commune, businessLineId, status, minRisk);
    }

    /** Province filters need the province's id for the query; the communes are what the search reads. */
    private static EstablishmentQuery inProvince(String text, EstablishmentStatus status) {
        return new EstablishmentQuery(text, null, null, status, null, null, 1L);
    }

    private List<String> names(EstablishmentQuery query) {
        return search.search(query, null, PageRequest.first(25)).items().stream()
                .map(EstablishmentSummary::name)
                .toList();
    }

    private long register(String name, String lineCode, int risk) {
        return register(name, lineCode, risk, "Nguyễn Văn An", "Số 1, đường Đồng Khởi");
    }

    private long registerIn(long inCommune, String name, int risk) {
        Establishment establishment =
                new Establishment(name, line("KARAOKE"), null, "Nguyễn Văn An", "Số 1", inCommune);
        establishment.scoreRisk(risk);
        inTransaction(em, () -> em.persist(establishment));
        return establishment.id();
    }

    private long register(String name, String lineCode, int risk, String owner, String address) {
        Establishment establishment = new Establishment(name, line(lineCode), null, owner, address, commune);
        establishment.scoreRisk(risk);
        inTransaction(em, () -> em.persist(establishment));
        return establishment.id();
    }

    private long newCommune() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        communes.add(id);
        return id;
    }

    private long line(String code) {
        return ((Number) em.createNativeQuery("select id from inspection.business_line where code = :code")
                        .setParameter("code", code)
                        .getSingleResult())
                .longValue();
    }
}
