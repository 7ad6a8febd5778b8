package vn.vigil.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.core.domain.StaffRoster;

@ApplicationScoped
public class JpaStaffRoster implements StaffRoster {

    /** Staff with their department's name and their roles joined as one text, ready for a where clause. */
    private static final String STAFF = """
            select u.id, u.username, u.full_name, u.department_id, d.name, u.enabled,
                   (select string_agg(r.role, ',') from core.user_role r where r.user_id = u.id) as roles,
                   d.code, u.email
              from core.user_account u
              left join core.department d on d.id = u.department_id
            """;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    protected JpaStaffRoster() {}

    public JpaStaffRoster(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<StaffMember> enabledWith(Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery(STAFF
                        + " where u.enabled and exists (select 1 from core.user_role r"
                        + " where r.user_id = u.id and r.role in (:roles))"
                        + " order by u.full_name_folded, u.id")
                .setParameter("roles", roles.stream().map(Role::name).toList())
                .getResultList());
    }

    @Override
    public List<StaffMember> enabledWith(Set<Role> roles, String folded, Long departmentFirst, int limit) {
        if (roles.isEmpty()) {
            return List.of();
        }
        String matching = "";
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (folded != null && !folded.isEmpty()) {
            String literal = JpaAdminUnitRepository.escapeLike(folded);
            // one or two letters: a word's start (the name index serves the first word); longer: anywhere
            if (folded.length() < 3) {
                matching = " and (u.full_name_folded like :start or u.full_name_folded like :word"
                        + " or u.username like :start)";
                params.put("start", literal + "%");
                params.put("word", "% " + literal + "%");
            } else {
                matching = " and (u.full_name_folded like :any or u.username like :any)";
                params.put("any", "%" + literal + "%");
            }
        }
        jakarta.persistence.Query query = em.createNativeQuery(STAFF
                + " where u.enabled and exists (select 1 from core.user_role r"
                + " where r.user_id = u.id and r.role in (:roles))" + matching
                + " order by case when u.department_id = :first then 0 else 1 end, u.full_name_folded, u.id");
        query.setParameter("roles", roles.stream().map(Role::name).toList());
        query.setParameter("first", departmentFirst == null ? -1L : departmentFirst);
        params.forEach(query::setParameter);
        return rows(query.setMaxResults(limit).getResultList());
    }

    @Override
    public List<StaffMember> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery(STAFF + " where u.id in (:ids) order by u.full_name_folded, u.id")
                .setParameter("ids", List.copyOf(ids))
                .getResultList());
    }

    @Override
    public Optional<StaffMember> findByUsername(String username) {
        return rows(em.createNativeQuery(STAFF + " where u.username = :username")
                        .setParameter("username", username)
                        .getResultList())
                .stream()
                .findFirst();
    }

    @Override
    public OptionalLong idOf(String username) {
        List<?> ids = em.createNativeQuery("select id from core.user_account where username = :username")
                .setParameter("username", username)
                .getResultList();
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) ids.get(0)).longValue());
    }

    private static List<StaffMember> rows(List<?> rows) {
        return rows.stream().map(r -> member((Object[]) r)).toList();
    }

    private static StaffMember member(Object[] r) {
        return new StaffMember(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue(),
                (String) r[7],
                (String) r[4],
                roles((String) r[6]),
                (Boolean) r[5],
                (String) r[8]);
    }

    private static Set<Role> roles(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(","))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
