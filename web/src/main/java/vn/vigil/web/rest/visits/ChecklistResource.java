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
import vn.vigil.inspection.api.ChecklistCatalogue;
import vn.vigil.inspection.api.ChecklistTemplateView;
import vn.vigil.inspection.api.ChecklistVersionSummary;
import vn.vigil.inspection.api.ChecklistVersionView;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("checklists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Checklists", description = "Checklist templates per business line and their versions")
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.LEGAL_OFFICER, Role.Names.ADMIN})
public class ChecklistResource {

    @Inject
    ChecklistCatalogue catalogue;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every business line with its checklist template, version in force and draft")
    public List<ChecklistTemplateView> templates() {
        return catalogue.templates();
    }

    @GET
    @Path("in-force")
    @Operation(summary = "The checklist version in force for a business line, with its items")
    @APIResponse(responseCode = "404", description = "the business line has no published checklist")
    public ChecklistVersionView inForce(
            @QueryParam("businessLine") @Parameter(required = true, description = "business line id")
                    String businessLine) {
        long line = RequestValues.required(RequestValues.optionalLong(businessLine, "businessLine"), "businessLine");
        return catalogue.inForce(line).orElseThrow(() -> new NotFoundException("ChecklistTemplate", line));
    }

    @GET
    @Path("{templateId}")
    @Operation(summary = "One template: its business line, version in force and draft")
    public ChecklistTemplateView template(@PathParam("templateId") long templateId) {
        return catalogue.template(templateId);
    }

    @GET
    @Path("{templateId}/versions")
    @Operation(summary = "A template's versions, newest first")
    public List<ChecklistVersionSummary> history(@PathParam("templateId") long templateId) {
        return catalogue.history(templateId);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Give a business line without a checklist its template, with an empty draft (administrators)")
    @APIResponse(responseCode = "201", description = "created; Location names it")
    public Response create(ChecklistTemplateRequest request) {
        long line = RequestValues.required(Requests.body(request).businessLineId(), "businessLineId");
        ChecklistTemplateView created = catalogue.createTemplate(line);
        return Requests.created(uri, created.templateId(), created);
    }

    @POST
    @Path("{templateId}/draft")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Start a draft as a copy of the version in force (administrators)")
    @APIResponse(responseCode = "201", description = "started; Location names the draft version")
    public Response startDraft(@PathParam("templateId") long templateId) {
        ChecklistVersionView draft = catalogue.startDraft(templateId);
        return Response.created(uri.getBaseUriBuilder()
                        .path(ChecklistVersionResource.class)
                        .path(String.valueOf(draft.id()))
                        .build())
                .entity(draft)
                .build();
    }
}
