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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEntryView;
import vn.vigil.victim.api.IdentityGrantCommand;
import vn.vigil.victim.api.IdentityGrantView;
import vn.vigil.victim.api.IdentityProtection;
import vn.vigil.victim.api.IdentityReadQuery;
import vn.vigil.victim.api.KeyRotation;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("victim-cases/identity-protection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Identity protection",
        description = "Supervisors' grants to see identities, key rotation and the identity-read log (administrators)")
@RolesAllowed(Role.Names.ADMIN)
public class IdentityProtectionResource {

    @Inject
    IdentityProtection protection;

    @Context
    UriInfo uri;

    @GET
    @Path("reads")
    @Operation(summary = "Who read which case's identity, when and why; newest first")
    public Page<AuditEntryView> reads(
            @QueryParam("reader") @Parameter(description = "username of the reader") String reader,
            @QueryParam("caseCode") @Parameter(description = "e.g. NN-2026-0001") String caseCode,
            @QueryParam("from") @Parameter(description = "first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(description = "last day, yyyy-MM-dd") String to,
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size) {
        return protection.identityReads(
                new IdentityReadQuery(
                        reader,
                        caseCode,
                        RequestValues.optionalDate(from, "from"),
                        RequestValues.optionalDate(to, "to")),
                RequestValues.page(page, size));
    }

    @GET
    @Path("grants")
    @Operation(summary = "Grants to supervisors, newest first")
    public Page<IdentityGrantView> grants(
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size) {
        return protection.grants(RequestValues.page(page, size));
    }

    @POST
    @Path("grants")
    @Operation(summary = "Let a supervisor see identities of one case (caseCode) or of all cases (no caseCode)")
    public Response grant(IdentityGrantCommand command) {
        IdentityGrantView grant = protection.grant(Requests.body(command));
        return Requests.created(uri, grant.id(), grant);
    }

    @POST
    @Path("grants/{id: \\d+}/revocation")
    @Operation(summary = "Revoke a grant")
    public IdentityGrantView revoke(@PathParam("id") long id) {
        return protection.revoke(id);
    }

    @GET
    @Path("keys")
    @Operation(summary = "The current key version and how many persons still use an older one")
    public KeyRotation keys() {
        return protection.keyStatus();
    }

    @POST
    @Path("keys/rotation")
    @Operation(summary = "Re-encrypt, in batches, every person still sealed with an older key version")
    public KeyRotation rotate() {
        KeyRotation batch;
        int rotated = 0;
        do {
            batch = protection.rotateKeys();
            rotated += batch.rotated();
        } while (batch.rotated() > 0 && batch.remaining() > 0);
        return new KeyRotation(rotated, batch.remaining(), batch.currentVersion());
    }
}
