package vn.vigil.web.rest.victims;

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
import vn.vigil.victim.api.IndicatorReferralView;
import vn.vigil.victim.api.IndicatorReferrals;
import vn.vigil.victim.api.Reception;
import vn.vigil.victim.api.ReceptionCommand;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("victim-cases/indicator-referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Indicator referrals",
        description = "Visits signed off with trafficking indicators, referred to case workers (one per visit)")
@RolesAllowed(Role.Names.CASE_WORKER)
public class IndicatorReferralResource {

    @Inject
    IndicatorReferrals referrals;

    @GET
    @Operation(summary = "Referrals waiting for a decision, oldest first")
    public Page<IndicatorReferralView> pending(
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size) {
        return referrals.pending(RequestValues.page(page, size));
    }

    @POST
    @Path("{id: \\d+}/acceptance")
    @Operation(summary = "Accept: opens a case for a person found at the visit, linked to the visit")
    @APIResponse(responseCode = "409", description = "someone decided the referral since the given version")
    public Reception accept(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            ReceptionCommand command) {
        return referrals.accept(id, Requests.required(version, "version"), Requests.body(command));
    }

    @POST
    @Path("{id: \\d+}/dismissal")
    @Operation(summary = "Dismiss with a reason")
    @APIResponse(responseCode = "409", description = "someone decided the referral since the given version")
    public IndicatorReferralView dismiss(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            DismissalRequest request) {
        return referrals.dismiss(
                id,
                Requests.required(version, "version"),
                Requests.body(request).reason());
    }
}
