package vn.vigil.web.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditChainStatus;
import vn.vigil.core.api.audit.AuditEntryView;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.audit.AuditQuery;
import vn.vigil.web.rest.RequestValues;

@Path("audit-entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Who did what and when (administrators only; the log is append-only)")
@RolesAllowed(Role.Names.ADMIN)
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "Search the audit log, newest first, one page at a time; filters match exactly")
    public Page<AuditEntryView> search(
            @Parameter(description = "username of the actor") @QueryParam("actor") String actor,
            @Parameter(description = "e.g. USER_CREATED") @QueryParam("action") String action,
            @Parameter(description = "e.g. UserAccount") @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @Parameter(description = "first day, yyyy-MM-dd (Vietnam time)") @QueryParam("from") String from,
            @Parameter(description = "last day, yyyy-MM-dd (Vietnam time)") @QueryParam("to") String to,
            @Parameter(description = "zero-based page number, default 0") @QueryParam("page") String page,
            @Parameter(description = "rows per page, 1 to 200, default 20") @QueryParam("size") String size) {
        AuditQuery query = new AuditQuery(
                actor,
                action,
                entityType,
                entityId,
                RequestValues.optionalDate(from, "from"),
                RequestValues.optionalDate(to, "to"));
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new DomainException("audit.periodInvalid");
        }
        return audit.search(query, RequestValues.page(page, size));
    }

    @GET
    @Path("chain")
    @Operation(
            summary =
                    "Seal what waits, then verify the whole hash chain of the log: the links checked, the first broken"
                            + " one (its place and entry) and why, and entries older than the sealing window left unsealed")
    public AuditChainStatus verifyChain() {
        return audit.verifyChain();
    }
}
