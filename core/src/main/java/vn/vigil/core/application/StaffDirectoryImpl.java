package vn.vigil.core.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.core.domain.StaffRoster;

/**
 * Staff look-up for the modules' own services; inspection staff, legal officers (whose department issues the
 * violation documents) and administrators may read it.
 */
@ApplicationScoped
@Guarded
@Transactional(Transactional.TxType.SUPPORTS)
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
public class StaffDirectoryImpl implements StaffDirectory {

    @Inject
    StaffRoster roster;

    @Override
    public List<StaffMember> enabledWith(Set<Role> roles) {
        return roster.enabledWith(roles);
    }

    @Override
    public List<StaffMember> enabledWith(Set<Role> roles, String text, Long departmentFirst, int limit) {
        return roster.enabledWith(
                roles, vn.vigil.core.api.Text.fold(vn.vigil.core.api.Text.clean(text)), departmentFirst, limit);
    }

    @Override
    public List<StaffMember> find(Collection<Long> ids) {
        return roster.find(ids);
    }

    /** Also for focal points and the standing office, who look up their own unit. */
    @Override
    @RolesAllowed({
        Role.Names.INSPECTOR,
        Role.Names.TEAM_LEAD,
        Role.Names.LEGAL_OFFICER,
        Role.Names.ADMIN,
        Role.Names.FOCAL_POINT,
        Role.Names.STANDING_OFFICE
    })
    public Optional<StaffMember> findByUsername(String username) {
        return roster.findByUsername(username);
    }

    @Override
    public OptionalLong idOf(String username) {
        return roster.idOf(username);
    }
}
