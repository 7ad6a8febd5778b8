package vn.vigil.web.rest.directives;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.reporting.api.directive.ApprovalItem;
import vn.vigil.reporting.api.directive.ApprovalStepView;
import vn.vigil.reporting.api.directive.Approvals;
import vn.vigil.web.rest.QueryParams;
import vn.vigil.web.rest.Requests;

/**
 * The two approvals of the units' figures. {@code subject} is REPORT (a report on a task) or OUTREACH (an outreach
 * activity).
 */
@Path("approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approvals", description = "Review by the responsible department, approval by the standing office")
@RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.STANDING_OFFICE})
public class ApprovalsResource {

    @Inject
    Approvals approvals;

    /** @param reason why the figures are returned or un-approved */
    public record Reason(String reason) {}

    @GET
    @Operation(summary = "What waits for the caller: reviews (a department's focal point), approvals (standing office)")
    public List<ApprovalItem> waiting() {
        return approvals.waiting();
    }

    @GET
    @Path("{subject}/{id: \\d+}/history")
    @Operation(summary = "Every step of the figures' approval")
    public List<ApprovalStepView> history(@PathParam("subject") String subject, @PathParam("id") long id) {
        return approvals.history(subject(subject), id);
    }

    @POST
    @Path("{subject}/{id: \\d+}/review")
    @RolesAllowed(Role.Names.FOCAL_POINT)
    @Operation(summary = "Review a commune's figures (the responsible department's focal point)")
    @APIResponse(responseCode = "400", description = "not waiting for review, or one's own submission")
    @APIResponse(responseCode = "403", description = "not the responsible department")
    public Response review(
            @PathParam("subject") String subject,
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        approvals.review(subject(subject), id, Requests.required(version, "version"));
        return Response.noContent().build();
    }

    @POST
    @Path("{subject}/{id: \\d+}/approve")
    @RolesAllowed(Role.Names.STANDING_OFFICE)
    @Operation(summary = "Approve the figures; they are locked")
    @APIResponse(responseCode = "400", description = "not waiting for approval, or one's own submission")
    public Response approve(
            @PathParam("subject") String subject,
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        approvals.approve(subject(subject), id, Requests.required(version, "version"));
        return Response.noContent().build();
    }

    @POST
    @Path("{subject}/{id: \\d+}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return the figures to their unit with a reason")
    public Response returnToUnit(
            @PathParam("subject") String subject,
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            Reason reason) {
        approvals.returnToUnit(
                subject(subject),
                id,
                Requests.required(version, "version"),
                Requests.body(reason).reason());
        return Response.noContent().build();
    }

    @POST
    @Path("{subject}/{id: \\d+}/unapprove")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.STANDING_OFFICE)
    @Operation(summary = "Unlock approved figures for correction, with a reason (audited)")
    public Response unapprove(
            @PathParam("subject") String subject,
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            Reason reason) {
        approvals.unapprove(
                subject(subject),
                id,
                Requests.required(version, "version"),
                Requests.body(reason).reason());
        return Response.noContent().build();
    }

    private static ApprovalItem.Subject subject(String value) {
        return QueryParams.choice(
                ApprovalItem.Subject.class, "subject", value == null ? null : value.toUpperCase(java.util.Locale.ROOT));
    }
}
