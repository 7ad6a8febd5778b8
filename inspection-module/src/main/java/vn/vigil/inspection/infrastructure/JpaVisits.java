package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.VisitFilter;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.api.VisitSuggestion;
import vn.vigil.inspection.api.VisitSummary;
import vn.vigil.inspection.domain.Booking;
import vn.vigil.inspection.domain.InspectionPlan;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitPeriod;
import vn.vigil.inspection.domain.VisitRepository;

@ApplicationScoped
public class JpaVisits implements VisitRepository {

    /** PostgreSQL's SQLSTATE for an exclusion-constraint violation. */
    static final String EXCLUSION_VIOLATION = "23P01";

    private static final String SUMMARY = "select v.id, v.establishmentId, e.name, v.communeId, v.teamId, t.name,"
            + " v.planId, v.kind, v.status, v.startsAt, v.endsAt, v.version"
            + " from Visit v join Establishment e on e.id = v.establishmentId join Team t on t.id = v.teamId";

    private static final String OPEN_TARGETS = """
             from inspection.inspection_plan_target pt
             join inspection.establishment e on e.id = pt.establishment_id
            where pt.plan_id = :plan and e.status = 'OPERATING'
              and not exists (select 1 from inspection.visit v
                               where v.establishment_id = e.id and v.status <> 'CANCELLED'
                                 and v.starts_at >= :from and v.starts_at < :until)
            """;

    /** Earliest first, then id: the order of the indexes (…, starts_at, id); the cursor holds microseconds. */
    private static final ListPager.Order ORDER = new ListPager.Order(
            "visits",
            "v.starts_at",
            false,
            "cast(cast(extract(epoch from v.starts_at) * 1000000 as bigint) as text)",
            "(timestamp with time zone 'epoch' + cast(:key as bigint) * interval '1 microsecond')",
            JpaVisits::isMicros,
            "v.id",
            false);

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaVisits() {}

    public JpaVisits(EntityManager em) {
        this.em = em;
    }

    @Override
    public Visit add(Visit visit) {
        em.persist(visit);
        return visit;
    }

    @Override
    public Optional<Visit> find(long id) {
        return Optional.ofNullable(em.find(Visit.class, id));
    }

    @Override
    public void flushCheckingBookings() {
        try {
            em.flush();
            em.createNativeQuery("set constraints inspection.visit_no_double_booked_establishment,"
                            + " inspection.visit_member_no_double_booking immediate")
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (isExclusionViolation(e)) {
                throw new DomainException("visit.doubleBooked");
            }
            throw e;
        }
    }

    static boolean isExclusionViolation(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Booking> bookingOfEstablishment(long establishmentId, VisitPeriod period, Long exceptVisitId) {
        return em.createQuery(
                        "select v.id, v.startsAt, v.endsAt from Visit v where v.establishmentId = :establishment"
                                + " and v.status <> :cancelled and v.startsAt < :until and v.endsAt > :from"
                                + " and v.id <> :except order by v.startsAt",
                        Object[].class)
                .setParameter("establishment", establishmentId)
                .setParameter("cancelled", VisitStatus.CANCELLED)
                .setParameter("from", period.startsAt())
                .setParameter("until", period.endsAt())
                .setParameter("except", exceptVisitId == null ? -1L : exceptVisitId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(r -> new Booking((Long) r[0], 0, new VisitPeriod((Instant) r[1], (Instant) r[2])));
    }

    @Override
    public List<Booking> bookingsOfPeople(Collection<Long> userIds, VisitPeriod period, Long exceptVisitId) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select v.id, m.userId, m.startsAt, m.endsAt from Visit v join v.members m"
                                + " where m.userId in :users and m.active = true and m.startsAt < :until"
                                + " and m.endsAt > :from and v.id <> :except order by m.startsAt, m.userId",
                        Object[].class)
                .setParameter("users", userIds)
                .setParameter("from", period.startsAt())
                .setParameter("until", period.endsAt())
                .setParameter("except", exceptVisitId == null ? -1L : exceptVisitId)
                .getResultList()
                .stream()
                .map(r -> new Booking((Long) r[0], (Long) r[1], new VisitPeriod((Instant) r[2], (Instant) r[3])))
                .toList();
    }

    @Override
    public boolean isPlanTarget(long planId, long establishmentId) {
        return !em.createNativeQuery("select 1 from inspection.inspection_plan_target"
                        + " where plan_id = :plan and establishment_id = :establishment")
                .setParameter("plan", planId)
                .setParameter("establishment", establishmentId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Page<VisitSummary> find(VisitFilter filter, Set<Long> provinceCommunes, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, provinceCommunes, params);
        boolean perCommune = provinceCommunes != null
                && filter.communeId() == null
                && filter.teamId() == null
                && filter.establishmentId() == null
                && filter.status() == null;
        ListPager.Slice slice = new ListPager(em, "inspection.visit v", where, params, ORDER, filter)
                .page(
                        page,
                        perCommune
                                ? ListPager.Walk.perCommune("v.commune_id", TextTerm.idArray(provinceCommunes))
                                : null);
        return new Page<>(
                inOrder(slice.ids()),
                slice.total(),
                slice.exact(),
                page.page(),
                page.size(),
                slice.next() == null ? null : slice.next().encode());
    }

    private List<VisitSummary> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, VisitSummary> byId = new HashMap<>();
        em
                .createQuery(SUMMARY + " where v.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .map(JpaVisits::summary)
                .forEach(visit -> byId.put(visit.id(), visit));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Only the filters given, so the planner reads the matching index (commune, start) and nothing more. */
    private static String where(VisitFilter f, Set<Long> provinceCommunes, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        condition(where, params, "v.commune_id = :commune", "commune", f.communeId());
        if (provinceCommunes != null) {
            where.append(" and v.commune_id = any(")
                    .append(TextTerm.idArray(provinceCommunes))
                    .append(')');
        }
        condition(where, params, "v.team_id = :team", "team", f.teamId());
        condition(where, params, "v.establishment_id = :establishment", "establishment", f.establishmentId());
        condition(
                where,
                params,
                "v.status = :status",
                "status",
                f.status() == null ? null : f.status().name());
        condition(
                where, params, "v.starts_at >= :from", "from", f.from() == null ? null : VietnamTime.startOf(f.from()));
        condition(
                where,
                params,
                "v.starts_at < :until",
                "until",
                f.to() == null ? null : VietnamTime.startOf(f.to().plusDays(1)));
        return where.toString();
    }

    private static void condition(
            StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }

    private static boolean isMicros(String key) {
        try {
            Long.parseLong(key);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public List<VisitSummary> ofMember(long userId, Instant from, Instant until) {
        return em
                .createQuery(
                        // the member's copy of the period is what the index (user_id, starts_at) holds
                        SUMMARY + " join v.members m where m.userId = :user and m.active = true"
                                + " and m.startsAt >= :from and m.startsAt < :until order by v.startsAt, v.id",
                        Object[].class)
                .setParameter("user", userId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList()
                .stream()
                .map(JpaVisits::summary)
                .toList();
    }

    @Override
    public List<VisitSuggestion> suggestions(InspectionPlan plan, PageRequest page) {
        List<?> rows = inPeriod(
                        em.createNativeQuery("select e.id, e.name, e.address, e.commune_id, e.risk_score,"
                                + " e.last_inspected_on"
                                + OPEN_TARGETS
                                + " order by e.risk_score desc, e.id limit :limit offset :offset"),
                        plan)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        return rows.stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new VisitSuggestion(
                            ((Number) r[0]).longValue(),
                            (String) r[1],
                            (String) r[2],
                            ((Number) r[3]).longValue(),
                            "",
                            ((Number) r[4]).intValue(),
                            day(r[5]));
                })
                .toList();
    }

    @Override
    public long countSuggestions(InspectionPlan plan) {
        return ((Number) inPeriod(em.createNativeQuery("select count(*)" + OPEN_TARGETS), plan)
                        .getSingleResult())
                .longValue();
    }

    private static jakarta.persistence.Query inPeriod(jakarta.persistence.Query query, InspectionPlan plan) {
        return query.setParameter("plan", plan.id())
                .setParameter("from", VietnamTime.startOf(plan.periodFrom()))
                .setParameter("until", VietnamTime.startOf(plan.periodUntil().plusDays(1)));
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static VisitSummary summary(Object[] r) {
        return new VisitSummary(
                (Long) r[0],
                (Long) r[1],
                (String) r[2],
                (Long) r[3],
                (Long) r[4],
                (String) r[5],
                (Long) r[6],
                (VisitKind) r[7],
                (VisitStatus) r[8],
                VietnamTime.local((Instant) r[9]),
                VietnamTime.local((Instant) r[10]),
                (Long) r[11]);
    }
}
