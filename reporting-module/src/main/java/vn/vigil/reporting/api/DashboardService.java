package vn.vigil.reporting.api;

import java.util.List;
import vn.vigil.core.api.Role;

public interface DashboardService {

    /** One dashboard per role the signed-in user holds, in the order of {@link Role}. */
    List<Dashboard> dashboardsFor(java.util.Set<Role> roles);
}
