package vn.vigil.web.rest.visits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.inspection.api.TeamCommand;
import vn.vigil.inspection.api.TeamView;
import vn.vigil.inspection.api.Teams;
import vn.vigil.web.rest.Requests;

@Path("teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Interdisciplinary inspection teams")
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class TeamResource {

    @Inject
    Teams teams;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Teams with their members, by name")
    public List<TeamView> list(
            @QueryParam("active") @Parameter(description = "true (default) lists only active teams") String active) {
        return teams.list(!"false".equalsIgnoreCase(active == null ? "" : active.strip()));
    }

    @GET
    @Path("candidates")
    @Operation(summary = "Staff who may join a team: enabled inspectors and team leads, with their department")
    public List<StaffMember> candidates() {
        return teams.candidates();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One team")
    @APIResponse(responseCode = "404", description = "no such team")
    public TeamView team(@PathParam("id") long id) {
        return teams.team(id);
    }

    @POST
    @RolesAllowed({Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Create a team (team leads): members from two departments or more, led by a team lead")
    @APIResponse(responseCode = "201", description = "created; Location names it")
    public Response create(TeamCommand command) {
        TeamView created = teams.createTeam(Requests.body(command));
        return Requests.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Edit a team (team leads)")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public TeamView revise(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            TeamCommand command) {
        return teams.reviseTeam(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id}/deactivation")
    @RolesAllowed({Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Deactivate a team (team leads): it keeps its visits and takes no new ones")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public TeamView deactivate(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        return teams.deactivateTeam(id, Requests.required(version, "version"));
    }
}
