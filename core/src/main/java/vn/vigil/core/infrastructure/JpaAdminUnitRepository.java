package vn.vigil.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.unit.AdminUnitQuery;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.core.domain.AdminUnitRepository;
import vn.vigil.core.domain.AdministrativeUnit;

@ApplicationScoped
public class JpaAdminUnitRepository implements AdminUnitRepository {

    /** Sorts by tier from the top (province, district, commune, village), not by the enum's text. */
    private static final String TIER = "case u.level"
            + " when vn.vigil.core.api.unit.UnitLevel.PROVINCE then 0"
            + " when vn.vigil.core.api.unit.UnitLevel.DISTRICT then 1"
            + " when vn.vigil.core.api.unit.UnitLevel.COMMUNE then 2"
            + " else 3 end";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    protected JpaAdminUnitRepository() {}

    public JpaAdminUnitRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AdministrativeUnit> find(long id) {
        return Optional.ofNullable(em.find(AdministrativeUnit.class, id));
    }

    @Override
    public List<AdministrativeUnit> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from AdministrativeUnit u where u.id in :ids", AdministrativeUnit.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Optional<AdministrativeUnit> findCurrentByCode(String code) {
        return em.createQuery(
                        "select u from AdministrativeUnit u where u.code = :code and u.validTo is null",
                        AdministrativeUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean versionStartsOn(String code, LocalDate validFrom, Long exceptId) {
        return em.createQuery(
                        "select u.id from AdministrativeUnit u where u.code = :code and u.validFrom = :from",
                        Long.class)
                .setParameter("code", code)
                .setParameter("from", validFrom)
                .getResultStream()
                .anyMatch(found -> !found.equals(exceptId));
    }

    @Override
    public List<AdministrativeUnit> predecessorsOf(long id) {
        return em.createQuery(
                        "select u from AdministrativeUnit u where u.successorId = :id" + " order by u.validTo desc, "
                                + TIER + ", u.nameFolded, u.id",
                        AdministrativeUnit.class)
                .setParameter("id", id)
                .getResultList();
    }

    @Override
    public List<AdministrativeUnit> search(AdminUnitQuery query, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        TypedQuery<AdministrativeUnit> q = em.createQuery(
                "select u from AdministrativeUnit u" + where + " order by " + TIER
                        + ", u.nameFolded, u.validFrom desc, u.id",
                AdministrativeUnit.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    @Override
    public long count(AdminUnitQuery query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q =
                em.createQuery("select count(u) from AdministrativeUnit u" + where(query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(AdminUnitQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        String text = Text.fold(Text.clean(query.text()));
        if (text != null) {
            where.append(" and (u.nameFolded like :text or lower(u.code) like :codePrefix)");
            params.put("text", "%" + escapeLike(text) + "%");
            params.put("codePrefix", escapeLike(text) + "%");
        }
        if (query.level() != null) {
            where.append(" and u.level = :level");
            params.put("level", query.level());
        }
        if (query.parentId() != null) {
            where.append(" and u.parentId = :parentId");
            params.put("parentId", query.parentId());
        }
        if (query.validOn() != null) {
            where.append(" and u.validFrom <= :day and (u.validTo is null or u.validTo >= :day)");
            params.put("day", query.validOn());
        }
        return where.toString();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<Long> within(long unitId, UnitLevel level) {
        // down through parents, and across to units of the starting level retired into one already reached (a
        // province merged into another brings its communes along); a few thousand rows at most
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        with recursive area (id, level) as (
                            select u.id, u.level from core.administrative_unit u where u.id = :unit
                            union
                            select u.id, u.level
                            from core.administrative_unit u
                            join area a on u.parent_id = a.id or (u.successor_id = a.id and u.level = a.level)
                        )
                        select id from area where level = :level order by id""")
                .setParameter("unit", unitId)
                .setParameter("level", level.name())
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public List<Long> withPredecessors(long unitId) {
        @SuppressWarnings("unchecked")
        List<Number> ids =
                em.createNativeQuery("""
                        with recursive merged (id) as (
                            select u.id from core.administrative_unit u where u.id = :unit
                            union
                            select u.id from core.administrative_unit u join merged m on u.successor_id = m.id
                        )
                        select id from merged order by id""").setParameter("unit", unitId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public List<AdministrativeUnit> inForce(UnitLevel level, Long parentId, LocalDate day) {
        AdminUnitQuery query = new AdminUnitQuery(null, level, parentId, day);
        Map<String, Object> params = new HashMap<>();
        TypedQuery<AdministrativeUnit> q = em.createQuery(
                "select u from AdministrativeUnit u" + where(query, params) + " order by u.nameFolded",
                AdministrativeUnit.class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    @Override
    public AdministrativeUnit add(AdministrativeUnit unit) {
        em.persist(unit);
        return unit;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
