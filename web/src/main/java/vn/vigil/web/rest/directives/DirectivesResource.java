package vn.vigil.web.rest.directives;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.reporting.api.directive.DirectiveCommand;
import vn.vigil.reporting.api.directive.DirectiveSummary;
import vn.vigil.reporting.api.directive.DirectiveView;
import vn.vigil.reporting.api.directive.Directives;
import vn.vigil.reporting.api.directive.TaskCommand;
import vn.vigil.reporting.api.directive.UnitRef;
import vn.vigil.reporting.api.directive.UnitStatus;
import vn.vigil.web.rest.Requests;

/** The standing office's directives and their tasks; the committee reads them and each unit's standing. */
@Path("directives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Directives",
        description = "Plans, official letters, directives and decisions of the committee, and their tasks")
@RolesAllowed({Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER, Role.Names.ADMIN})
public class DirectivesResource {

    @Inject
    Directives directives;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Directives, newest first; q matches the symbol or subject without marks")
    public Page<DirectiveSummary> list(
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return directives.list(q, new PageRequest(page, size));
    }

    @GET
    @Path("{id: \\d+}")
    @APIResponse(responseCode = "404", description = "no such directive")
    @Operation(summary = "One directive with its tasks")
    public DirectiveView get(@PathParam("id") long id) {
        return directives.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.STANDING_OFFICE)
    @Operation(summary = "Record a directive (a draft until sent)")
    @APIResponse(responseCode = "201", description = "recorded; Location names it")
    @APIResponse(responseCode = "400", description = "a field missing or too long, a date ahead, a reversed period")
    public Response create(DirectiveCommand command) {
        DirectiveView created = directives.create(Requests.body(command));
        return Requests.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.STANDING_OFFICE)
    @Operation(summary = "Change a draft directive's heading")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public DirectiveView change(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            DirectiveCommand command) {
        return directives.change(id, Requests.required(version, "version"), Requests.body(command));
    }

    @PUT
    @Path("{id: \\d+}/pdf")
    @Consumes("application/pdf")
    @RolesAllowed(Role.Names.STANDING_OFFICE)
    @Operation(summary = "Attach the signed document (a PDF of at most 10 MB)")
    @APIResponse(responseCode = "400", description = "not a PDF, or too large")
    public DirectiveView attachPdf(
            @PathParam("id") long id,
            @HeaderParam("X-File-Name") @DefaultValue("van-ban.pdf") String name,
            byte[] content) {
        return directives.attachPdf(id, name, content);
    }

    @GET
    @Path("{id: \\d+}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER, Role.Names.ADMIN, Role.Names.FOCAL_POINT})
    @Operation(summary = "The signed document")
    public Response pdf(@PathParam("id") long id) {
        Directives.Attachment pdf = directives.pdf(id);
        return Response.ok(pdf.content(), pdf.contentType())
                .header("Content-Disposition", "attachment; filename=\"directive-" + id + ".pdf\"")
                .build();
    }

    @POST
    @Path("{id: \\d+}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.STANDING_OFFICE)
    @Operation(summary = "Add a task to a draft directive")
    @APIResponse(
            responseCode = "400",
            description = "due before the directive's date or after its period, an unknown unit, a report day outside"
                    + " 15-28, an unknown indicator code")
    public DirectiveView addTask(@PathParam("id") long id, TaskCommand command) {
        return directives.addTask(id, Requests.body(command));
    }

    @DELETE
    @Path("{id: \\d+}/tasks/{task: \\d+}")
    @RolesAllowed(Role.Names.STANDING_OFFICE)
    @Operation(summary = "Remove a task of a draft directive")
    public DirectiveView removeTask(@PathParam("id") long id, @PathParam("task") long task) {
        return directives.removeTask(id, task);
    }

    @POST
    @Path("{id: \\d+}/send")
    @RolesAllowed(Role.Names.STANDING_OFFICE)
    @Operation(summary = "Send the directive: its tasks go to the units' inboxes")
    @APIResponse(responseCode = "400", description = "no task, or already sent")
    public DirectiveView send(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        return directives.send(id, Requests.required(version, "version"));
    }

    @GET
    @Path("{id: \\d+}/units")
    @Operation(summary = "Each unit's reports on the directive's tasks: on time, late, missing, approved")
    public List<UnitStatus> unitStatus(@PathParam("id") long id) {
        return directives.unitStatus(id);
    }

    @GET
    @Path("units")
    @RolesAllowed({Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER, Role.Names.ADMIN, Role.Names.FOCAL_POINT})
    @Operation(summary = "The units tasks can go to: member departments and commune People's Committees")
    public List<UnitRef> units() {
        return directives.units();
    }
}
