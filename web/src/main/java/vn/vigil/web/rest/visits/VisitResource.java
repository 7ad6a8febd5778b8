package vn.vigil.web.rest.visits;

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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.VisitCommand;
import vn.vigil.inspection.api.VisitDirectory;
import vn.vigil.inspection.api.VisitFilter;
import vn.vigil.inspection.api.VisitScheduling;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.api.VisitSummary;
import vn.vigil.inspection.api.VisitView;
import vn.vigil.web.rest.QueryParams;
import vn.vigil.web.rest.RequestValues;
import vn.vigil.web.rest.Requests;

@Path("visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Visits",
        description = "Inspection visits on the calendar. Times are Vietnam's clock (Asia/Ho_Chi_Minh),"
                + " written yyyy-MM-ddTHH:mm")
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class VisitResource {

    @Inject
    VisitScheduling scheduling;

    @Inject
    VisitDirectory directory;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "Visits that match, earliest first; from/to are days, both included",
            description = "Pages by number (page) or, faster far down the list, by the cursor of the previous page"
                    + " (next). The total is exact up to 2,000 matches and the database's estimate beyond"
                    + " (totalExact false).")
    @APIResponse(responseCode = "200", description = "a page; next continues the list, absent on the last page")
    @APIResponse(
            responseCode = "400",
            description = "a malformed filter, page or size; an unknown province; a cursor that is garbled or"
                    + " belongs to other filters; page and cursor together")
    public Page<VisitSummary> find(
            @QueryParam("communeId") @Parameter(description = "commune id") String communeId,
            @QueryParam("provinceId")
                    @Parameter(description = "province id (administrative unit): visits in its communes")
                    String provinceId,
            @QueryParam("from") @Parameter(description = "first day (yyyy-MM-dd) a visit may start") String from,
            @QueryParam("to") @Parameter(description = "last day (yyyy-MM-dd) a visit may start") String to,
            @QueryParam("teamId") @Parameter(description = "team id") String teamId,
            @QueryParam("establishmentId") @Parameter(description = "establishment id") String establishmentId,
            @QueryParam("status") @Parameter(description = "SCHEDULED, IN_PROGRESS, SIGNED_OFF or CANCELLED")
                    String status,
            @QueryParam("page") @Parameter(description = "zero-based page number, default 0") String page,
            @QueryParam("size") @Parameter(description = "rows per page, 1 to 200, default 20") String size,
            @QueryParam("cursor")
                    @Parameter(description = "the next of the previous page, to continue the list (instead of page)")
                    String cursor) {
        VisitFilter filter = new VisitFilter(
                QueryParams.id("communeId", communeId),
                QueryParams.day("from", from),
                QueryParams.day("to", to),
                QueryParams.id("teamId", teamId),
                QueryParams.id("establishmentId", establishmentId),
                QueryParams.choice(VisitStatus.class, "status", status),
                QueryParams.id("provinceId", provinceId));
        return directory.find(filter, RequestValues.page(page, size, cursor, RequestValues.DEFAULT_PAGE_SIZE));
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own visits (not called off) from today to the end of this week, or given days")
    public List<VisitSummary> mine(
            @QueryParam("from") @Parameter(description = "first day, default today") String from,
            @QueryParam("to") @Parameter(description = "last day, default next Sunday") String to) {
        LocalDate first = QueryParams.day("from", from);
        LocalDate last = QueryParams.day("to", to);
        LocalDate today = VietnamTime.today();
        LocalDate start = first == null ? today : first;
        return directory.mine(
                start, last == null ? start.plusDays(7L - start.getDayOfWeek().getValue()) : last);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One visit with its people")
    @APIResponse(responseCode = "404", description = "no such visit")
    public VisitView visit(@PathParam("id") long id) {
        return directory.visit(id);
    }

    @POST
    @RolesAllowed({Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Schedule a visit (team leads); a double booking is refused naming who or what")
    @APIResponse(responseCode = "201", description = "scheduled; Location names it")
    @APIResponse(responseCode = "400", description = "refused: double booking, closed establishment, plan rules…")
    public Response schedule(VisitCommand command) {
        VisitView scheduled = scheduling.scheduleVisit(Requests.body(command));
        return Requests.created(uri, scheduled.id(), scheduled);
    }

    @PUT
    @Path("{id}/period")
    @RolesAllowed({Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Move a scheduled visit (team leads)")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public VisitView reschedule(@PathParam("id") long id, VisitPeriodRequest request) {
        VisitPeriodRequest r = Requests.body(request);
        return scheduling.reschedule(id, Requests.required(r.version(), "version"), r.start(), r.end());
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Operation(summary = "Call off a scheduled visit with a reason (team leads)")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public VisitView cancel(@PathParam("id") long id, VisitCancellationRequest request) {
        VisitCancellationRequest r = Requests.body(request);
        return scheduling.cancel(id, Requests.required(r.version(), "version"), r.reason());
    }
}
