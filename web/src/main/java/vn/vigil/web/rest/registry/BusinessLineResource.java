package vn.vigil.web.rest.registry;

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
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.BusinessLineCatalogue;
import vn.vigil.inspection.api.BusinessLineCommand;
import vn.vigil.inspection.api.BusinessLineEntry;
import vn.vigil.web.rest.Requests;

@Path("business-lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Business lines", description = "Reference data: the business lines of the establishment registry")
@RolesAllowed(Role.Names.ADMIN)
public class BusinessLineResource {

    @Inject
    BusinessLineCatalogue catalogue;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({
        Role.Names.INSPECTOR,
        Role.Names.TEAM_LEAD,
        Role.Names.LEGAL_OFFICER,
        Role.Names.CASE_WORKER,
        Role.Names.FINANCE_OFFICER,
        Role.Names.COMMITTEE_VIEWER,
        Role.Names.ADMIN
    })
    @Operation(summary = "Every business line, active first, then by code")
    public List<BusinessLineEntry> list() {
        return catalogue.list();
    }

    @POST
    @Operation(summary = "Add a business line (administrators)")
    @APIResponse(responseCode = "201", description = "added; Location names it")
    public Response create(BusinessLineCommand command) {
        BusinessLineEntry created = catalogue.create(required(command));
        return Requests.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a business line (administrators); a new risk weight recomputes its establishments")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public BusinessLineEntry update(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            BusinessLineCommand command) {
        if (version == null) {
            throw new DomainException("validation.required", "version");
        }
        return catalogue.update(id, version, required(command));
    }

    private static BusinessLineCommand required(BusinessLineCommand command) {
        if (command == null) {
            throw new DomainException("error.badRequest", "body");
        }
        return command;
    }
}
