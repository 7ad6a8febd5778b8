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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.InspectionPlans;
import vn.vigil.inspection.api.PlanCommand;
import vn.vigil.inspection.api.PlanProgress;
import vn.vigil.inspection.api.PlanQuery;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.PlanSummary;
import vn.vigil.inspection.api.PlanView;
import vn.vigil.inspection.api.VisitDirectory;
import vn.vigil.inspection.api.VisitSuggestion;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("inspection-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspection plans", description = "Inspection plans and campaigns, their targets and progress")
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class InspectionPlanResource {

    @Inject
    InspectionPlans plans;

    @Inject
    VisitDirectory visits;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Plans with their coverage progress, newest period first")
    public Page<PlanSummary> list(
            @QueryParam("status") @Parameter(description = "DRAFT, APPROVED or CLOSED; all when absent") String status,
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size) {
        PlanQuery query = new PlanQuery(RequestValues.optionalEnum(PlanStatus.class, status, "status"));
        return plans.list(query, RequestValues.page(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One plan")
    @APIResponse(responseCode = "404", description = "no such plan")
    public PlanView plan(@PathParam("id") long id) {
        return plans.plan(id);
    }

    @GET
    @Path("{id}/progress")
    @Operation(
            summary = "Progress against the plan's targets",
            description = "Coverage counts target establishments last inspected within the period; unannounced"
                    + " visits count the plan's unannounced visits that were signed off")
    public PlanProgress progress(@PathParam("id") long id) {
        return plans.progressOf(id);
    }

    @GET
    @Path("{id}/suggestions")
    @Operation(
            summary = "Next visits for an approved plan",
            description = "Its operating target establishments with no visit (not called off) in the plan's period,"
                    + " highest risk first")
    public Page<VisitSuggestion> suggestions(
            @PathParam("id") long id,
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size) {
        return visits.suggestions(id, RequestValues.page(page, size));
    }

    @POST
    @RolesAllowed(Role.Names.TEAM_LEAD)
    @Operation(summary = "Draft a plan (team leads)")
    @APIResponse(responseCode = "201", description = "drafted; Location names it")
    public Response draft(PlanCommand command) {
        PlanView drafted = plans.draftPlan(Requests.body(command));
        return Requests.created(uri, drafted.id(), drafted);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.TEAM_LEAD)
    @Operation(summary = "Revise a draft plan (team leads); approved plans are not edited")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public PlanView revise(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            PlanCommand command) {
        return plans.revisePlan(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Role.Names.TEAM_LEAD)
    @Operation(summary = "Approve a draft (team leads): fixes its target establishments")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public PlanView approve(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            PlanApprovalRequest request) {
        return plans.approvePlan(
                id,
                Requests.required(version, "version"),
                Requests.body(request).approvedOn());
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed(Role.Names.TEAM_LEAD)
    @Operation(summary = "Close an approved plan (team leads)")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public PlanView close(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        return plans.closePlan(id, Requests.required(version, "version"));
    }
}
