package vn.vigil.web.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.ApiTokenView;
import vn.vigil.core.api.staff.ApiTokens;

/**
 * Administrators see and revoke a person's API tokens (a leaked one, someone leaving). They cannot create one for
 * someone else: only the owner ever holds a token's secret.
 */
@Path("users/{userId}/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@RolesAllowed(Role.Names.ADMIN)
public class UserApiTokenResource {

    @Inject
    ApiTokens tokens;

    @GET
    @Operation(summary = "A person's API tokens, newest first, with their last use")
    @APIResponse(responseCode = "200", description = "the tokens (never their secrets)")
    @APIResponse(responseCode = "404", description = "no such account")
    public List<ApiTokenView> list(@PathParam("userId") long userId) {
        return tokens.listFor(userId);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a person's API token at once; revoking it again changes nothing")
    @APIResponse(responseCode = "204", description = "revoked")
    @APIResponse(responseCode = "404", description = "no such account, or the account has no token with this id")
    public Response revoke(@PathParam("userId") long userId, @PathParam("id") long id) {
        tokens.revoke(userId, id);
        return Response.noContent().build();
    }
}
