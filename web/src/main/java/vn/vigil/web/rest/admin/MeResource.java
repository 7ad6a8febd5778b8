package vn.vigil.web.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.core.api.staff.UserView;
import vn.vigil.reporting.api.Dashboard;
import vn.vigil.reporting.api.DashboardService;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in user")
@RolesAllowed({
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.CASE_WORKER,
    Role.Names.FINANCE_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.ADMIN,
    Role.Names.FOCAL_POINT,
    Role.Names.STANDING_OFFICE
})
public class MeResource {

    @Inject
    UserAdminService users;

    @Inject
    DashboardService dashboards;

    @Context
    SecurityContext security;

    public record Me(String username, String fullName, Set<Role> roles, String preferredLocale, String department) {}

    @GET
    @Operation(
            summary = "Who am I: username, full name, roles",
            description = "The roles this call may use: with an API token limited to some roles, only those.")
    public Me me() {
        UserView user = users.findByUsername(security.getUserPrincipal().getName())
                .orElseThrow(() -> new vn.vigil.core.api.NotFoundException(
                        "UserAccount", security.getUserPrincipal().getName()));
        Set<Role> using = user.roles().stream()
                .filter(role -> security.isUserInRole(role.name()))
                .collect(Collectors.toUnmodifiableSet());
        return new Me(user.username(), user.fullName(), using, user.preferredLocale(), user.departmentName());
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "The home-page figures for each of my roles")
    public List<Dashboard> dashboard() {
        return dashboards.dashboardsFor(me().roles());
    }
}
