package vn.vigil.web.rest.funds;

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
import vn.vigil.core.api.Page;
import vn.vigil.core.api.Role;
import vn.vigil.victim.api.CaseSupport;
import vn.vigil.victim.api.CaseSupportView;
import vn.vigil.victim.api.DisbursementCommand;
import vn.vigil.victim.api.ExtensionCommand;
import vn.vigil.victim.api.ExtensionView;
import vn.vigil.victim.api.NeedsAssessmentCommand;
import vn.vigil.victim.api.NeedsAssessmentView;
import vn.vigil.victim.api.SupportApprovals;
import vn.vigil.victim.api.SupportRequestCommand;
import vn.vigil.victim.api.SupportRequestStatus;
import vn.vigil.victim.api.SupportRequestView;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("support-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support requests", description = "Needs, support requests of victims' cases, approval and disbursement")
@RolesAllowed({Role.Names.FINANCE_OFFICER, Role.Names.ADMIN})
public class SupportRequestResource {

    static final String VERSION = "the version the caller read";

    @Inject
    CaseSupport support;

    @Inject
    SupportApprovals approvals;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Requests waiting for finance (oldest first), or one case's history; case codes only")
    public Response list(
            @QueryParam("status") @Parameter(description = "REQUESTED, FIRST_APPROVED, APPROVED, DISBURSED, CANCELLED")
                    String status,
            @QueryParam("case") @Parameter(description = "a case id: its whole support history") String caseId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Long ofCase = RequestValues.optionalLong(caseId, "case");
        if (ofCase != null) {
            List<SupportRequestView> history = approvals.caseHistory(ofCase);
            return Response.ok(history).build();
        }
        Page<SupportRequestView> queue = approvals.queue(
                RequestValues.optionalEnum(SupportRequestStatus.class, status, "status"),
                RequestValues.page(page, size));
        return Response.ok(queue).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request")
    @APIResponse(responseCode = "404", description = "no such request")
    public SupportRequestView request(@PathParam("id") long id) {
        return approvals.request(id);
    }

    @POST
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(summary = "Request support on one's own case (case workers): eligibility and rates apply")
    @APIResponse(responseCode = "201", description = "created; Location names it")
    public Response create(SupportRequestCommand command) {
        SupportRequestView created = support.requestSupport(Requests.body(command));
        return Requests.created(uri, created.id(), created);
    }

    @GET
    @Path("cases/{caseId}")
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(
            summary = "A case's support plan (its case worker): facts without identity, eligibility, needs, requests")
    public CaseSupportView caseSupport(@PathParam("caseId") long caseId) {
        return support.caseSupport(caseId);
    }

    @POST
    @Path("cases/{caseId}/needs-assessments")
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(summary = "Record a needs assessment on one's own case")
    public Response assessNeeds(@PathParam("caseId") long caseId, NeedsAssessmentCommand command) {
        NeedsAssessmentView created = support.assessNeeds(caseId, Requests.body(command));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("cases/{caseId}/extensions")
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(summary = "Record an approved extension of essential-needs support beyond the statutory days")
    public Response extend(@PathParam("caseId") long caseId, ExtensionCommand command) {
        ExtensionView created = support.recordExtension(caseId, Requests.body(command));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(Role.Names.CASE_WORKER)
    @Operation(summary = "Withdraw one's own request before any approval")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public SupportRequestView withdraw(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            ReasonRequest body) {
        return support.withdraw(
                id, Requests.required(version, "version"), Requests.body(body).reason());
    }

    @POST
    @Path("{id}/allocation")
    @RolesAllowed(Role.Names.FINANCE_OFFICER)
    @Operation(summary = "Allocate the request to a budget line of its type, or move it to another line")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public SupportRequestView allocate(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            AllocationRequest body) {
        return approvals.allocate(
                id,
                Requests.required(version, "version"),
                Requests.required(Requests.body(body).budgetLineId(), "funds.budgetLineId"));
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Role.Names.FINANCE_OFFICER)
    @Operation(summary = "Approve (never one's own request; a second, different approver above the threshold)")
    @APIResponse(responseCode = "400", description = "refused, e.g. funds.insufficient naming the available amount")
    public SupportRequestView approve(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version) {
        return approvals.approve(id, Requests.required(version, "version"));
    }

    @POST
    @Path("{id}/disbursement")
    @RolesAllowed(Role.Names.FINANCE_OFFICER)
    @Operation(summary = "Record the payment: cash, transfer or in kind, with its receipt number")
    public SupportRequestView disburse(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            DisbursementCommand command) {
        return approvals.disburse(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed(Role.Names.FINANCE_OFFICER)
    @Operation(summary = "Cancel before disbursement; committed money goes back to the line")
    public SupportRequestView cancel(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = VERSION) Long version,
            ReasonRequest body) {
        return approvals.cancel(
                id, Requests.required(version, "version"), Requests.body(body).reason());
    }
}
