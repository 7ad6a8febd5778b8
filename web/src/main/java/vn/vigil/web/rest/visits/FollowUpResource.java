package vn.vigil.web.rest.visits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.FollowUpView;
import vn.vigil.inspection.api.FollowUps;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups", description = "Re-inspections demanded by findings of signed-off visits")
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
public class FollowUpResource {

    @Inject
    FollowUps followUps;

    @GET
    @Operation(summary = "Open follow-ups, soonest due first")
    public Page<FollowUpView> open(
            @QueryParam("overdue") @Parameter(description = "true: only those past their date") boolean overdue,
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size) {
        return followUps.open(overdue, RequestValues.page(page, size));
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed(Role.Names.TEAM_LEAD)
    @Operation(summary = "Close a follow-up without a new visit, with a note (team leads)")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public FollowUpView close(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            FollowUpClosureRequest request) {
        return followUps.close(
                id,
                Requests.required(version, "version"),
                Requests.body(request).note());
    }
}
