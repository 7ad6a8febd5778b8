package vn.vigil.web.rest.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.EstablishmentCommand;
import vn.vigil.inspection.api.EstablishmentDirectory;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentRegistry;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentSummary;
import vn.vigil.inspection.api.EstablishmentView;
import vn.vigil.inspection.api.PossibleDuplicate;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("establishments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Establishments", description = "The registry of high-risk establishments")
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

    @Inject
    EstablishmentRegistry registry;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "Search the registry, highest risk first; every filter is optional",
            description = "Pages by number (page) or, faster far down the list, by the cursor of the previous page"
                    + " (next). The total is exact up to 2,000 matches and the database's estimate beyond"
                    + " (totalExact false).")
    @APIResponse(responseCode = "200", description = "a page; next continues the list, absent on the last page")
    @APIResponse(
            responseCode = "400",
            description = "a malformed filter, page or size; an unknown province; a cursor that is garbled or"
                    + " belongs to other filters; page and cursor together")
    public Page<EstablishmentSummary> search(
            @QueryParam("text")
                    @Parameter(
                            description = "what a registry user types: part of the trade name, the owner's name or the"
                                    + " address (diacritics and case ignored; one or two letters match the start of"
                                    + " a word, e.g. \"ng\" finds \"Nguyễn\"), or the registration number exactly")
                    String text,
            @QueryParam("communeId") @Parameter(description = "commune id") String communeId,
            @QueryParam("provinceId")
                    @Parameter(description = "province id (administrative unit): establishments of its communes")
                    String provinceId,
            @QueryParam("businessLineId") String businessLineId,
            @QueryParam("status") @Parameter(description = "OPERATING, SUSPENDED or CLOSED") String status,
            @QueryParam("minRisk") @Parameter(description = "lowest risk score, 0 to 100") String minRisk,
            @QueryParam("notInspectedSince")
                    @Parameter(description = "yyyy-MM-dd: only those last inspected before this day, or never")
                    String notInspectedSince,
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 25") String size,
            @QueryParam("cursor")
                    @Parameter(description = "the next of the previous page, to continue the list (instead of page)")
                    String cursor) {
        EstablishmentQuery query = new EstablishmentQuery(
                text,
                parse("communeId", communeId, Long::valueOf),
                parse("businessLineId", businessLineId, Long::valueOf),
                parse("status", status, value -> EstablishmentStatus.valueOf(value.toUpperCase(Locale.ROOT))),
                parse("minRisk", minRisk, Integer::valueOf),
                parse("notInspectedSince", notInspectedSince, LocalDate::parse),
                parse("provinceId", provinceId, Long::valueOf));
        parse("page", page, Integer::valueOf);
        parse("size", size, Integer::valueOf);
        return directory.search(query, RequestValues.page(page, size, cursor, DEFAULT_SIZE));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One establishment, with its risk score explained factor by factor")
    @APIResponse(responseCode = "200", description = "the establishment")
    @APIResponse(responseCode = "404", description = "no such establishment")
    public EstablishmentView find(@PathParam("id") long id) {
        return registry.find(id);
    }

    @POST
    @Path("possible-duplicates")
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Registered establishments with the same registration number, or the same name and address")
    public List<PossibleDuplicate> possibleDuplicates(
            EstablishmentCommand candidate,
            @QueryParam("excludingId") @Parameter(description = "the establishment being corrected") Long excludingId) {
        return registry.findPossibleDuplicates(required(candidate), excludingId);
    }

    @POST
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Register an establishment")
    @APIResponse(responseCode = "201", description = "registered; Location names it")
    @APIResponse(
            responseCode = "400",
            description = "invalid, or a possible duplicate by name and address (repeat with confirmDuplicate=true)")
    public Response register(
            EstablishmentCommand command,
            @QueryParam("confirmDuplicate")
                    @DefaultValue("false")
                    @Parameter(
                            description = "true once the caller checked that a same-named establishment at the"
                                    + " same address is another one")
                    boolean confirmDuplicate) {
        EstablishmentView saved = registry.registerEstablishment(required(command), confirmDuplicate);
        return Requests.created(uri, saved.id(), saved);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Correct an establishment's recorded facts")
    @APIResponse(responseCode = "200", description = "corrected")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public EstablishmentView correct(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            @QueryParam("confirmDuplicate") @DefaultValue("false") boolean confirmDuplicate,
            EstablishmentCommand command) {
        return registry.correctEstablishment(id, requiredVersion(version), required(command), confirmDuplicate);
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Suspend, close or reopen an establishment, with the reason")
    @APIResponse(responseCode = "200", description = "status changed")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public EstablishmentView changeStatus(@PathParam("id") long id, StatusChange change) {
        if (change == null) {
            throw new DomainException("error.badRequest", "body");
        }
        return registry.changeStatus(id, requiredVersion(change.version()), change.status(), change.reason());
    }

    /** The body of a status change: the new status, why, and the version the caller read. */
    public record StatusChange(EstablishmentStatus status, String reason, Long version) {}

    private static EstablishmentCommand required(EstablishmentCommand command) {
        if (command == null) {
            throw new DomainException("error.badRequest", "body");
        }
        return command;
    }

    private static long requiredVersion(Long version) {
        if (version == null) {
            throw new DomainException("validation.required", "version");
        }
        return version;
    }

    /** An optional query parameter; a value that does not parse is refused with a 400 naming the parameter. */
    private static <T> T parse(String name, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new DomainException("establishments.parameterInvalid", name, value);
        }
    }
}
