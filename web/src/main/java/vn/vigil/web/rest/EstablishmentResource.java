package vn.vigil.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.EstablishmentDirectory;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentSummary;

@Path("establishments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Establishments", description = "The registry of high-risk establishments (read-only)")
@RolesAllowed({
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.ADMIN
})
public class EstablishmentResource {

    static final int DEFAULT_SIZE = 25;

    @Inject
    EstablishmentDirectory directory;

    @GET
    @Operation(summary = "Search the registry, highest risk first; every filter is optional")
    public Page<EstablishmentSummary> search(
            @QueryParam("text") @Parameter(description = "part of the trade name, diacritics and case ignored")
                    String text,
            @QueryParam("communeId") String communeId,
            @QueryParam("businessLineId") String businessLineId,
            @QueryParam("status") @Parameter(description = "OPERATING, SUSPENDED or CLOSED") String status,
            @QueryParam("minRisk") @Parameter(description = "lowest risk score, 0 to 100") String minRisk,
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 25") String size) {
        EstablishmentQuery query = new EstablishmentQuery(
                text,
                parse("communeId", communeId, Long::valueOf),
                parse("businessLineId", businessLineId, Long::valueOf),
                parse("status", status, value -> EstablishmentStatus.valueOf(value.toUpperCase(Locale.ROOT))),
                parse("minRisk", minRisk, Integer::valueOf));
        PageRequest request = new PageRequest(
                orDefault(parse("page", page, Integer::valueOf), 0),
                orDefault(parse("size", size, Integer::valueOf), DEFAULT_SIZE));
        return directory.search(query, request);
    }

    /** An optional query parameter; a value that does not parse is refused with a 400 naming the parameter. */
    private static <T> T parse(String name, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("establishments.parameterInvalid", name, value);
        }
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
