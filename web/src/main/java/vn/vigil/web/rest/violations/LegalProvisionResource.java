package vn.vigil.web.rest.violations;

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
import vn.vigil.inspection.api.LegalCatalogue;
import vn.vigil.inspection.api.LegalProvisionCommand;
import vn.vigil.inspection.api.LegalProvisionView;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("legal-provisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legal catalogue", description = "Sanctionable acts: decree, article, clause, point, fine ranges")
@RolesAllowed(Role.Names.ADMIN)
public class LegalProvisionResource {

    @Inject
    LegalCatalogue catalogue;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.INSPECTOR, Role.Names.ADMIN})
    @Operation(summary = "Provisions whose decree or description contains the text, by decree, article, clause")
    public Page<LegalProvisionView> search(
            @QueryParam("q") @Parameter(description = "text in the decree number or description") String text,
            @QueryParam("all") @Parameter(description = "true: inactive provisions too") boolean all,
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size) {
        return catalogue.provisions(text, !all, RequestValues.page(page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.INSPECTOR, Role.Names.ADMIN})
    @Operation(summary = "One provision")
    public LegalProvisionView provision(@PathParam("id") long id) {
        return catalogue.provision(id);
    }

    @POST
    @Operation(
            summary =
                    "Add a provision (administrators): validFrom is the day it comes into force; an empty organisation"
                            + " range is the individual one doubled")
    @APIResponse(responseCode = "201", description = "added; Location names it")
    public Response add(LegalProvisionCommand command) {
        LegalProvisionView added = catalogue.addProvision(Requests.body(command));
        return Requests.created(uri, added.id(), added);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a provision (administrators)")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public LegalProvisionView update(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            LegalProvisionCommand command) {
        return catalogue.updateProvision(id, Requests.required(version, "version"), Requests.body(command));
    }
}
