package vn.vigil.web.rest.visits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.AmendmentCommand;
import vn.vigil.inspection.api.AmendmentView;
import vn.vigil.inspection.api.RecordContent;
import vn.vigil.inspection.api.VisitRecordView;
import vn.vigil.inspection.api.VisitRecords;
import vn.vigil.web.rest.Idempotent;
import vn.vigil.web.rest.Preferences;
import vn.vigil.web.rest.Requests;

@Path("visits/{id}/record")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Visit records", description = "Recording a visit on site (biên bản kiểm tra), sign-off and amendments")
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
public class VisitRecordResource {

    @Inject
    VisitRecords records;

    @Context
    UriInfo uri;

    @POST
    @Idempotent
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD})
    @Operation(
            summary = "Begin recording a scheduled visit (it becomes in progress)",
            description = "Fixes the checklist version in force for the establishment's business line; for a visit"
                    + " already being recorded, answers its record")
    @APIResponse(responseCode = "201", description = "recording begun; Location names the record")
    @APIResponse(responseCode = "400", description = "the visit is not scheduled")
    public Response begin(@PathParam("id") long visitId) {
        VisitRecordView record = records.beginRecording(visitId);
        return Response.created(uri.getAbsolutePath()).entity(record).build();
    }

    @GET
    @Operation(summary = "The record of a visit, with its amendments")
    @APIResponse(responseCode = "404", description = "no such visit, or recording has not begun")
    public VisitRecordView record(@PathParam("id") long visitId) {
        return records.find(visitId).orElseThrow(() -> new NotFoundException("VisitRecord", visitId));
    }

    @PUT
    @Idempotent
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD})
    @Operation(summary = "Save the whole content of a record being recorded")
    @APIResponse(
            responseCode = "400",
            description = "refused: an answer does not fit its item, outcome and"
                    + " findings disagree, the record is signed off…")
    @APIResponse(
            responseCode = "200",
            description = "saved: the whole record, or with Prefer: return=minimal only its id, visit, new version"
                    + " and outcome (Preference-Applied says so)")
    @APIResponse(responseCode = "409", description = "someone saved it since the given version; nothing saved")
    public Response save(
            @PathParam("id") long visitId,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            @HeaderParam(Preferences.HEADER)
                    @Parameter(description = "return=minimal: answer only what saving again needs (RFC 7240)")
                    List<String> prefer,
            RecordContent content) {
        long read = Requests.required(version, "version");
        RecordContent given = Requests.body(content);
        return Preferences.returnMinimal(prefer)
                ? Response.ok(records.saveContent(visitId, read, given))
                        .header(Preferences.APPLIED, Preferences.RETURN_MINIMAL)
                        .build()
                : Response.ok(records.save(visitId, read, given)).build();
    }

    @POST
    @Path("sign-off")
    @RolesAllowed(Role.Names.TEAM_LEAD)
    @Operation(
            summary = "Sign the record off (a lead of the visit's team); from then on it only takes amendments",
            description = "Needs an outcome and every required item answered")
    @APIResponse(responseCode = "409", description = "someone saved it since the given version")
    public VisitRecordView signOff(
            @PathParam("id") long visitId,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        return records.signOff(visitId, Requests.required(version, "version"));
    }

    @GET
    @Path("amendments")
    @Operation(summary = "Amendments of a signed-off record, oldest first")
    public List<AmendmentView> amendments(@PathParam("id") long visitId) {
        return records.amendments(visitId);
    }

    @POST
    @Idempotent
    @Path("amendments")
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD})
    @Operation(summary = "Amend a signed-off record: reason, text, evidence added after sign-off")
    @APIResponse(responseCode = "201", description = "amendment added; Location names it")
    public Response amend(@PathParam("id") long visitId, AmendmentCommand command) {
        AmendmentView amendment = records.amend(visitId, Requests.body(command));
        return Requests.created(uri, amendment.id(), amendment);
    }
}
