package vn.vigil.web.rest.funds;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.victim.api.Budgets;
import vn.vigil.victim.api.FundingSourceCommand;
import vn.vigil.victim.api.FundingSourceView;
import vn.vigil.web.rest.Requests;

@Path("funding-sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funding sources", description = "State budget, national target programmes and donors")
@RolesAllowed({Role.Names.FINANCE_OFFICER, Role.Names.ADMIN})
public class FundingSourceResource {

    @Inject
    Budgets budgets;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All funding sources, active first")
    public List<FundingSourceView> list() {
        return budgets.fundingSources();
    }

    @POST
    @Operation(summary = "Add a funding source")
    @APIResponse(responseCode = "201", description = "created; Location names it")
    public Response create(FundingSourceCommand command) {
        FundingSourceView created = budgets.createFundingSource(Requests.body(command));
        return Requests.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename, re-classify or retire a funding source")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public FundingSourceView revise(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            FundingSourceCommand command) {
        return budgets.reviseFundingSource(id, Requests.required(version, "version"), Requests.body(command));
    }
}
