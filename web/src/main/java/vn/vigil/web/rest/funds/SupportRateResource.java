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
import vn.vigil.victim.api.RateCommand;
import vn.vigil.victim.api.RateView;
import vn.vigil.victim.api.SupportRates;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("support-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support rates", description = "The provincial rate table, with validity periods that never overlap")
@RolesAllowed({Role.Names.CASE_WORKER, Role.Names.FINANCE_OFFICER, Role.Names.ADMIN})
public class SupportRateResource {

    @Inject
    SupportRates rates;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All rates, or those of a support type in force on a day")
    public List<RateView> list(
            @QueryParam("type") @Parameter(description = "a support type letter: only its rates in force") String type,
            @QueryParam("on") @Parameter(description = "the day, yyyy-MM-dd (default today)") String on) {
        if (type == null || type.isBlank()) {
            return rates.rates();
        }
        return rates.inForce(type.strip(), RequestValues.optionalDate(on, "on"));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Add a rate (administrators)")
    @APIResponse(responseCode = "201", description = "created; Location names it")
    public Response create(RateCommand command) {
        RateView created = rates.createRate(Requests.body(command));
        return Requests.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Change a rate or its validity (administrators)")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public RateView revise(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            RateCommand command) {
        return rates.reviseRate(id, Requests.required(version, "version"), Requests.body(command));
    }
}
