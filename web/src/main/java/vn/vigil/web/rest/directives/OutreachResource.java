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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.Role;
import vn.vigil.reporting.api.directive.ApprovalState;
import vn.vigil.reporting.api.directive.Directives;
import vn.vigil.reporting.api.directive.OutreachCommand;
import vn.vigil.reporting.api.directive.OutreachImport;
import vn.vigil.reporting.api.directive.OutreachImportReport;
import vn.vigil.reporting.api.directive.OutreachKind;
import vn.vigil.reporting.api.directive.OutreachLog;
import vn.vigil.reporting.api.directive.OutreachQuery;
import vn.vigil.reporting.api.directive.OutreachTotals;
import vn.vigil.reporting.api.directive.OutreachView;
import vn.vigil.web.rest.QueryParams;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

/** The outreach log: a focal point's own unit's activities; every unit's for the standing office and the committee. */
@Path("outreach")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outreach", description = "Outreach activities (tuyên truyền) the units log, and their figures")
@RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER})
public class OutreachResource {

    @Inject
    OutreachLog log;

    @Inject
    OutreachImport imports;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Activities, the latest first, one page")
    public Page<OutreachView> list(
            @QueryParam("from") String from,
            @QueryParam("until") String until,
            @QueryParam("unit") String unit,
            @QueryParam("commune") String commune,
            @QueryParam("kind") String kind,
            @QueryParam("state") String state,
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 25") String size,
            @QueryParam("cursor")
                    @Parameter(description = "the next of the previous page, to continue the list (instead of page)")
                    String cursor) {
        return log.list(query(from, until, unit, commune, kind, state), RequestValues.page(page, size, cursor, 25));
    }

    @GET
    @Path("totals")
    @Operation(summary = "Activities, participants and materials matching the filters, all and approved only")
    public OutreachTotals totals(
            @QueryParam("from") String from,
            @QueryParam("until") String until,
            @QueryParam("unit") String unit,
            @QueryParam("commune") String commune,
            @QueryParam("kind") String kind,
            @QueryParam("state") String state) {
        return log.totals(query(from, until, unit, commune, kind, state));
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One activity")
    public OutreachView get(@PathParam("id") long id) {
        return log.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FOCAL_POINT)
    @Operation(summary = "Log an activity of the caller's unit (a draft until sent)")
    @APIResponse(responseCode = "201", description = "logged; Location names it")
    @APIResponse(responseCode = "400", description = "a negative count, no commune or audience, a date ahead")
    public Response create(OutreachCommand command) {
        OutreachView created = log.log(Requests.body(command));
        return Requests.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FOCAL_POINT)
    @Operation(summary = "Change an activity still a draft or returned")
    public OutreachView change(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            OutreachCommand command) {
        return log.change(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id: \\d+}/submit")
    @RolesAllowed(Role.Names.FOCAL_POINT)
    @Operation(summary = "Send the activity's figures for review or approval")
    public OutreachView submit(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        return log.submit(id, Requests.required(version, "version"));
    }

    @DELETE
    @Path("{id: \\d+}")
    @RolesAllowed(Role.Names.FOCAL_POINT)
    @Operation(summary = "Delete an activity still a draft or returned")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        log.delete(id, Requests.required(version, "version"));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: \\d+}/photo")
    @Consumes({"image/jpeg", "image/png"})
    @RolesAllowed(Role.Names.FOCAL_POINT)
    @Operation(summary = "Add or replace the activity's photo (JPEG or PNG, at most 5 MB) while a draft or returned")
    @APIResponse(responseCode = "400", description = "not a JPEG or PNG, too large, or the figures are under approval")
    public OutreachView attachPhoto(
            @PathParam("id") long id, @HeaderParam("Content-Type") String contentType, byte[] content) {
        return log.attachPhoto(id, contentType == null ? null : contentType.split(";")[0].strip(), content);
    }

    @GET
    @Path("{id: \\d+}/photo")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "The activity's photo")
    public Response photo(@PathParam("id") long id) {
        Directives.Attachment photo = log.photo(id);
        return Response.ok(photo.content(), photo.contentType()).build();
    }

    @POST
    @Path("import")
    @Consumes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed(Role.Names.FOCAL_POINT)
    @Operation(
            summary = "Import the caller's unit's activities from an XLSX (dryRun=true: only check every row); all rows"
                    + " or none, as drafts")
    @APIResponse(responseCode = "400", description = "not an XLSX, too large, or (importing) a bad row")
    public OutreachImportReport importFile(
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @HeaderParam("X-File-Name") @DefaultValue("tuyen-truyen.xlsx") String name,
            byte[] content) {
        return dryRun ? imports.dryRun(name, content) : imports.importFile(name, content);
    }

    private static OutreachQuery query(
            String from, String until, String unit, String commune, String kind, String state) {
        return new OutreachQuery(
                QueryParams.day("from", from),
                QueryParams.day("until", until),
                QueryParams.id("unit", unit),
                QueryParams.id("commune", commune),
                QueryParams.choice(OutreachKind.class, "kind", kind),
                QueryParams.choice(ApprovalState.class, "state", state));
    }
}
