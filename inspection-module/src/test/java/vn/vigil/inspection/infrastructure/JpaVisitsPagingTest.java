package vn.vigil.inspection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.VisitFilter;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.api.VisitSummary;
import vn.vigil.inspection.domain.Establishment;

/**
 * The visit list's pages on a real PostgreSQL: by commune and by province, keyset pages against offset pages with
 * many visits starting at the same moment, short lists sorted and long ones walked. Each test's visits are in
 * communes of its own.
 */
class JpaVisitsPagingTest {

    private static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    private EntityManager em;
    private JpaVisits visits;
    private long commune;
    private long team;
    private final List<Long> communes = new ArrayList<>();

    @BeforeEach
    void open() {
        em = emf.createEntityManager();
        visits = new JpaVisits(em);
        commune = newCommune();
        team = team();
    }

    /** Other test classes share the database: the rows made here leave with the test. */
    @AfterEach
    void removeRowsAndClose() {
        inTransaction(em, () -> {
            em.createNativeQuery("delete from inspection.visit where commune_id in (:communes)")
                    .setParameter("communes", communes)
                    .executeUpdate();
            em.createNativeQuery("delete from inspection.establishment where commune_id in (:communes)")
                    .setParameter("communes", communes)
                    .executeUpdate();
            em.createNativeQuery("delete from inspection.inspection_team where id = :team")
                    .setParameter("team", team)
                    .executeUpdate();
        });
        em.close();
    }

    @Test
    void keysetPagesGiveTheRowsOfOffsetPagesAcrossVisitsStartingTogether() {
        // three establishments visited at the same 20 moments: every start is a tie of three
        for (int i = 0; i < 3; i++) {
            plan(establishment(commune), 20, VisitStatus.SCHEDULED);
        }
        VisitFilter filter = inCommune(commune);

        List<Long> expected = expectedOrder(Set.of(commune), null);
        assertThat(expected).hasSize(60);
        assertThat(offsetPages(filter, null, 7)).isEqualTo(expected);
        assertThat(keysetPages(filter, null, 7)).isEqualTo(expected);
        assertThat(visits.find(filter, null, PageRequest.first(7)).total()).isEqualTo(60);
    }

    @Test
    void aLongListIsWalkedInOrderAndItsCountStopsEarly() {
        int each = ListPager.EXACT_COUNT_LIMIT / 3 + 50;
        for (int i = 0; i < 3; i++) {
            plan(establishment(commune), each, VisitStatus.SIGNED_OFF);
        }
        VisitFilter filter = inCommune(commune);

        Page<VisitSummary> first = visits.find(filter, null, PageRequest.first(200));
        assertThat(first.totalExact()).isFalse();
        assertThat(first.total()).isGreaterThan(ListPager.EXACT_COUNT_LIMIT);
        List<Long> expected = expectedOrder(Set.of(commune), null);
        assertThat(keysetPages(filter, null, 200)).isEqualTo(expected);
        assertThat(offsetPages(filter, null, 200)).isEqualTo(expected);
    }

    @Test
    void aProvinceKeepsTheVisitsOfItsCommunesAndALongOneIsWalkedCommuneByCommune() {
        long second = newCommune();
        long outside = newCommune();
        int each = ListPager.EXACT_COUNT_LIMIT / 4 + 50;
        plan(establishment(commune), each, VisitStatus.SIGNED_OFF);
        plan(establishment(commune), each, VisitStatus.SIGNED_OFF);
        plan(establishment(second), each, VisitStatus.SIGNED_OFF);
        plan(establishment(second), each, VisitStatus.CANCELLED);
        plan(establishment(outside), 5, VisitStatus.SIGNED_OFF);
        Set<Long> province = Set.of(commune, second);
        VisitFilter inProvince = new VisitFilter(null, null, null, null, null, null, 1L);

        List<Long> expected = expectedOrder(province, null);
        assertThat(expected).hasSize(4 * each);
        assertThat(keysetPages(inProvince, province, 150)).isEqualTo(expected);
        assertThat(offsetPages(inProvince, province, 150)).isEqualTo(expected);
        // with a status the province's visits are few enough to sort
        VisitFilter cancelled = new VisitFilter(null, null, null, null, null, VisitStatus.CANCELLED, 1L);
        assertThat(keysetPages(cancelled, province, 150)).isEqualTo(expectedOrder(province, "CANCELLED"));
    }

    @Test
    void aGarbledCursorOrOneOfOtherFiltersIsRefused() {
        plan(establishment(commune), 3, VisitStatus.SCHEDULED);
        String next =
                visits.find(inCommune(commune), null, PageRequest.first(1)).next();
        assertThat(next).isNotNull();

        assertThatThrownBy(() -> visits.find(inCommune(commune), null, PageRequest.continuing("v1" + next, 1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("page.cursorInvalid");
        assertThatThrownBy(() -> visits.find(inCommune(newCommune()), null, PageRequest.continuing(next, 1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("page.cursorInvalid");
        assertThat(visits.find(inCommune(commune), null, PageRequest.continuing(next, 1))
                        .items())
                .hasSize(1);
    }

    private static VisitFilter inCommune(long commune) {
        return new VisitFilter(commune, null, null, null, null, null);
    }

    private List<Long> keysetPages(VisitFilter filter, Set<Long> province, int size) {
        List<Long> ids = new ArrayList<>();
        Page<VisitSummary> page = visits.find(filter, province, PageRequest.first(size));
        ids.addAll(page.items().stream().map(VisitSummary::id).toList());
        while (page.next() != null) {
            page = visits.find(filter, province, PageRequest.continuing(page.next(), size));
            ids.addAll(page.items().stream().map(VisitSummary::id).toList());
        }
        return ids;
    }

    private List<Long> offsetPages(VisitFilter filter, Set<Long> province, int size) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<VisitSummary> rows =
                    visits.find(filter, province, new PageRequest(page, size)).items();
            if (rows.isEmpty()) {
                return ids;
            }
            ids.addAll(rows.stream().map(VisitSummary::id).toList());
        }
    }

    private List<Long> expectedOrder(Set<Long> communes, String status) {
        jakarta.persistence.Query query = em.createNativeQuery("select id from inspection.visit"
                        + " where commune_id in (:communes)" + (status == null ? "" : " and status = :status")
                        + " order by starts_at, id")
                .setParameter("communes", communes);
        if (status != null) {
            query.setParameter("status", status);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Visits of an establishment at the same moments as every other's: 08:00 on consecutive days from 2030. */
    private void plan(long establishment, int count, VisitStatus status) {
        inTransaction(
                em,
                () -> em.createNativeQuery("""
                                insert into inspection.visit (establishment_id, commune_id, team_id, kind, status,
                                    starts_at, ends_at, cancel_reason, created_at, created_by, updated_at, updated_by)
                                select e.id, e.commune_id, :team, 'ANNOUNCED', :status,
                                       timestamp with time zone '2030-01-01 08:00+07' + g * interval '1 day',
                                       timestamp with time zone '2030-01-01 11:00+07' + g * interval '1 day',
                                       case when :status = 'CANCELLED' then 'test' end, now(), 'test', now(), 'test'
                                from inspection.establishment e cross join generate_series(1, :count) g
                                where e.id = :establishment""")
                        .setParameter("team", team)
                        .setParameter("status", status.name())
                        .setParameter("count", count)
                        .setParameter("establishment", establishment)
                        .executeUpdate());
        inTransaction(em, () -> em.createNativeQuery("analyze inspection.visit").executeUpdate());
    }

    private long establishment(long inCommune) {
        long line = ((Number) em.createNativeQuery("select id from inspection.business_line where code = 'KARAOKE'")
                        .getSingleResult())
                .longValue();
        Establishment establishment =
                new Establishment("Karaoke " + inCommune, line, null, "Trần Văn Bình", "Số 1", inCommune);
        inTransaction(em, () -> em.persist(establishment));
        return establishment.id();
    }

    private long team() {
        long[] id = new long[1];
        String name = "Đoàn thử " + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        inTransaction(
                em,
                () -> id[0] = ((Number) em.createNativeQuery("""
                                        insert into inspection.inspection_team (name, name_key, lead_user_id,
                                            created_at, created_by, updated_at, updated_by)
                                        values (:name, lower(:name), 1, now(), 'test', now(), 'test') returning id""")
                                .setParameter("name", name)
                                .getSingleResult())
                        .longValue());
        return id[0];
    }

    private long newCommune() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        communes.add(id);
        return id;
    }
}
