package vn.vigil.web.rest.admin;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.ApiTokenRequest;
import vn.vigil.core.api.staff.ApiTokenView;
import vn.vigil.core.api.staff.ApiTokens;
import vn.vigil.core.api.staff.IssuedApiToken;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

/** The signed-in person's API tokens: the credential their programs send as {@code Authorization: Bearer vgl_…}. */
@Path("me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Account",
        description = "The signed-in user. Personal API tokens: the secret is returned once, at creation, and never"
                + " stored; lists show its first characters only.")
@RolesAllowed({
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.CASE_WORKER,
    Role.Names.FINANCE_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.ADMIN,
    Role.Names.FOCAL_POINT,
    Role.Names.STANDING_OFFICE
})
public class MyApiTokenResource {

    @Inject
    ApiTokens tokens;

    @Context
    UriInfo uri;

    /** What a new token should be. */
    public record NewApiToken(
            @Schema(description = "to recognise the token by, at most 80 characters", required = true)
            String name,

            @Schema(
                    description = "the last day it works (yyyy-MM-dd, Vietnam time), from today to 365 days"
                            + " ahead; 90 days ahead when left out")
            String lastDay,

            @Schema(
                    description = "some of your roles, e.g. [\"INSPECTOR\"]; none or left out: every role you hold"
                            + " when the token is used")
            List<String> roles) {}

    @GET
    @Operation(summary = "My API tokens, newest first, with their last use (revoked and expired ones too)")
    public List<ApiTokenView> list() {
        return tokens.listMine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my API tokens")
    @APIResponse(responseCode = "200", description = "the token (never its secret)")
    @APIResponse(responseCode = "404", description = "I have no token with this id")
    public ApiTokenView find(@PathParam("id") long id) {
        return tokens.listMine().stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("ApiToken", id));
    }

    @POST
    @Operation(
            summary = "Create an API token",
            description = "The answer holds the secret (\"vgl_…\"): copy it now, it is never shown again. Send it as"
                    + " \"Authorization: Bearer <secret>\". A token cannot create tokens: sign in with your password.")
    @APIResponse(responseCode = "201", description = "created; the body holds the secret, Location names the token")
    @APIResponse(
            responseCode = "400",
            description = "the name is missing or too long, the last day is past or over a year ahead, a role is"
                    + " not yours, you hold too many live tokens, or the call was signed in with a token")
    public Response create(NewApiToken request) {
        NewApiToken body = Requests.body(request);
        IssuedApiToken issued = tokens.issueMine(new ApiTokenRequest(
                body.name(), RequestValues.optionalDate(body.lastDay(), "apiTokenLastDay"), roles(body.roles())));
        return Requests.created(uri, issued.token().id(), issued);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of my API tokens at once; revoking it again changes nothing")
    @APIResponse(responseCode = "204", description = "revoked")
    @APIResponse(responseCode = "404", description = "I have no token with this id")
    public Response revoke(@PathParam("id") long id) {
        tokens.revokeMine(id);
        return Response.noContent().build();
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                roles.add(RequestValues.enumValue(Role.class, name, "roles"));
            }
        }
        return roles;
    }
}
