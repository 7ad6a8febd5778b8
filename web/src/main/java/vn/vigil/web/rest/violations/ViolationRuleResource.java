package vn.vigil.web.rest.violations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.ViolationRuleCommand;
import vn.vigil.inspection.api.ViolationRuleView;
import vn.vigil.inspection.api.ViolationRules;
import vn.vigil.web.rest.Requests;

@Path("violation-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Violation rules", description = "Statutory periods and amounts as dated rule data")
@RolesAllowed(Role.Names.ADMIN)
public class ViolationRuleResource {

    @Inject
    ViolationRules rules;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Every rule, past, present and future, by code then start")
    public List<ViolationRuleView> rules() {
        return rules.rules();
    }

    @POST
    @Operation(summary = "Put a new value in force from a day (administrators); the previous rule ends the day before")
    @APIResponse(responseCode = "201", description = "in force from its day; Location names it")
    public Response supersede(ViolationRuleCommand command) {
        ViolationRuleView added = rules.supersede(Requests.body(command));
        return Requests.created(uri, added.id(), added);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            summary = "Withdraw the latest rule of its code before it comes into force (administrators); the rule it"
                    + " superseded runs on without end again")
    @APIResponse(responseCode = "204", description = "withdrawn")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public void withdraw(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        rules.withdraw(id, Requests.required(version, "version"));
    }
}
