package vn.vigil.web.rest.admin;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.DepartmentService;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.core.api.staff.UserCommand;
import vn.vigil.core.api.staff.UserQuery;
import vn.vigil.core.api.staff.UserView;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Users",
        description = "Staff accounts and their roles (administrators only). Password hashes never leave the server.")
@RolesAllowed(Role.Names.ADMIN)
public class UserResource {

    @Inject
    UserAdminService users;

    @Inject
    DepartmentService departments;

    @Context
    UriInfo uri;

    /** A new account: every field of {@link UserCommand} plus the initial password. */
    public record NewUser(
            String username,
            String fullName,
            String email,
            Long departmentId,

            @Schema(description = "role names, e.g. [\"INSPECTOR\", \"TEAM_LEAD\"]")
            List<String> roles,

            Boolean enabled,
            String preferredLocale,
            String password) {}

    /** The editable details of an account, with the version the caller read. The username cannot change. */
    public record UserChange(
            String fullName,
            String email,
            Long departmentId,

            @Schema(description = "role names, e.g. [\"INSPECTOR\", \"TEAM_LEAD\"]")
            List<String> roles,

            Boolean enabled,
            String preferredLocale,
            Long version) {}

    public record PasswordReset(String password) {}

    @GET
    @Operation(
            summary = "Search accounts by name or username (accents ignored), role and department, one page at a time")
    public Page<UserView> search(
            @Parameter(description = "part of the full name or username") @QueryParam("text") String text,
            @Parameter(description = "a role, e.g. INSPECTOR") @QueryParam("role") String role,
            @QueryParam("departmentId") String departmentId,
            @Parameter(description = "zero-based page number, default 0") @QueryParam("page") String page,
            @Parameter(description = "rows per page, 1 to 200, default 20") @QueryParam("size") String size) {
        UserQuery query = new UserQuery(
                text,
                RequestValues.optionalEnum(Role.class, role, "role"),
                RequestValues.optionalLong(departmentId, "departmentId"));
        return users.search(query, RequestValues.page(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    @APIResponse(responseCode = "200", description = "the account")
    @APIResponse(responseCode = "404", description = "no such account")
    public UserView find(@PathParam("id") long id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("UserAccount", id));
    }

    @POST
    @Operation(summary = "Create an account with an initial password")
    @APIResponse(responseCode = "201", description = "created; Location names the new account")
    @APIResponse(responseCode = "400", description = "a field is missing or invalid, or the username is taken")
    public Response create(NewUser request) {
        NewUser body = RequestValues.required(request, "body");
        RequestValues.required(body.username(), "username");
        RequestValues.required(body.fullName(), "fullName");
        Set<Role> roles = roles(body.roles());
        requireKnownDepartment(body.departmentId());
        char[] password = RequestValues.required(body.password(), "password").toCharArray();
        try {
            UserView created = users.create(
                    new UserCommand(
                            body.username(),
                            body.fullName(),
                            body.email(),
                            body.departmentId(),
                            roles,
                            body.enabled() == null || body.enabled(),
                            body.preferredLocale()),
                    password);
            return Requests.created(uri, created.id(), created);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Change an account's details and roles",
            description = "Send the version you read; the answer carries the new one. Optional fields left out are"
                    + " cleared (the language becomes vi).")
    @APIResponse(responseCode = "200", description = "the account as saved, with its new version")
    @APIResponse(responseCode = "400", description = "a field is missing or invalid")
    @APIResponse(responseCode = "409", description = "someone changed the account since you read it")
    public UserView update(@PathParam("id") long id, UserChange request) {
        UserChange body = RequestValues.required(request, "body");
        long version = RequestValues.required(body.version(), "version");
        RequestValues.required(body.fullName(), "fullName");
        Set<Role> roles = roles(body.roles());
        boolean enabled = RequestValues.required(body.enabled(), "enabled");
        requireKnownDepartment(body.departmentId());
        users.update(
                id,
                version,
                new UserCommand(
                        null,
                        body.fullName(),
                        body.email(),
                        body.departmentId(),
                        roles,
                        enabled,
                        body.preferredLocale()));
        return find(id);
    }

    @POST
    @Path("{id}/password-reset")
    @Operation(summary = "Set a new password for an account (for example when the owner forgot it)")
    @APIResponse(responseCode = "204", description = "the password was changed")
    @APIResponse(responseCode = "400", description = "the password is missing or too weak")
    public Response resetPassword(@PathParam("id") long id, PasswordReset request) {
        PasswordReset body = RequestValues.required(request, "body");
        char[] password = RequestValues.required(body.password(), "password").toCharArray();
        try {
            users.resetPassword(id, password);
            return Response.noContent().build();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : RequestValues.required(names, "roles")) {
            roles.add(RequestValues.enumValue(Role.class, name, "roles"));
        }
        return roles;
    }

    private void requireKnownDepartment(Long departmentId) {
        if (departmentId != null && departments.find(departmentId).isEmpty()) {
            throw new DomainException("users.departmentUnknown", String.valueOf(departmentId));
        }
    }
}
