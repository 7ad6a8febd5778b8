package vn.vigil.web.rest.admin;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.DepartmentCommand;
import vn.vigil.core.api.staff.DepartmentKind;
import vn.vigil.core.api.staff.DepartmentService;
import vn.vigil.core.api.staff.DepartmentView;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Departments",
        description = "Member departments of the Steering Committee and how many active staff each has")
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
public class DepartmentResource {

    @Inject
    DepartmentService departments;

    @Context
    UriInfo uri;

    /** A department as the caller wants it; {@code version} is needed only to change an existing one. */
    public record DepartmentRequest(
            String code,
            String name,

            @Schema(
                    description = "COMMITTEE, POLICE, HEALTH, HOME_AFFAIRS, CULTURE, JUSTICE, FINANCE, WOMENS_UNION,"
                            + " COMMUNE or OTHER")
            String kind,

            Boolean active,
            Long version) {

        DepartmentCommand command(boolean activeByDefault) {
            return new DepartmentCommand(
                    code,
                    name,
                    RequestValues.optionalEnum(DepartmentKind.class, kind, "kind"),
                    active == null ? activeByDefault : active);
        }
    }

    @GET
    @Operation(summary = "All departments by name, or only the active ones")
    public List<DepartmentView> list(
            @Parameter(description = "true: leave out departments that no longer take part") @QueryParam("activeOnly")
                    boolean activeOnly) {
        return departments.list(activeOnly);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One department")
    @APIResponse(responseCode = "200", description = "the department")
    @APIResponse(responseCode = "404", description = "no such department")
    public DepartmentView find(@PathParam("id") long id) {
        return departments.find(id).orElseThrow(() -> new NotFoundException("Department", id));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Add a department (administrators)")
    @APIResponse(responseCode = "201", description = "created; Location names the new department")
    @APIResponse(responseCode = "400", description = "a field is missing or too long, or the code is taken")
    public Response create(DepartmentRequest request) {
        DepartmentView created =
                departments.create(RequestValues.required(request, "body").command(true));
        return Requests.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Change a department (administrators); send the version you read, get the new one back")
    @APIResponse(responseCode = "200", description = "the department as saved, with its new version")
    @APIResponse(responseCode = "400", description = "a field is missing or too long, or the code is taken")
    @APIResponse(responseCode = "409", description = "someone changed the department since you read it")
    public DepartmentView update(@PathParam("id") long id, DepartmentRequest request) {
        DepartmentRequest body = RequestValues.required(request, "body");
        long version = RequestValues.required(body.version(), "version");
        RequestValues.required(body.active(), "active");
        departments.update(id, version, body.command(true));
        return find(id);
    }
}
