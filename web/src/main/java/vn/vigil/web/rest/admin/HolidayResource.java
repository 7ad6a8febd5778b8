package vn.vigil.web.rest.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.calendar.HolidayView;
import vn.vigil.core.api.calendar.WorkingCalendar;
import vn.vigil.web.rest.QueryParams;
import vn.vigil.web.rest.Requests;

@Path("holidays")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Holidays",
        description = "Public holidays, days off and make-up working days: the calendar legal deadlines count on")
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
public class HolidayResource {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    @Inject
    WorkingCalendar calendar;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The holidays, days off and make-up working days of a year, by day")
    @APIResponse(responseCode = "200", description = "The year's entries, possibly none")
    @APIResponse(responseCode = "400", description = "The year cannot be read")
    public List<HolidayView> year(
            @Parameter(description = "Default: the current year") @QueryParam("year") String year) {
        int asked = QueryParams.integer("year", year, LocalDate.now().getYear());
        if (asked < FIRST_YEAR || asked > LAST_YEAR) {
            throw new DomainException("holidays.yearInvalid", FIRST_YEAR, LAST_YEAR);
        }
        return calendar.holidays(asked);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One holiday")
    @APIResponse(responseCode = "200", description = "The holiday")
    @APIResponse(responseCode = "404", description = "No such holiday")
    public HolidayView find(@PathParam("id") long id) {
        return calendar.findHoliday(id).orElseThrow(() -> new NotFoundException("Holiday", id));
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Add a holiday, day off or make-up working day")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "A field is missing, or the day already has an entry")
    public Response add(HolidayRequest request) {
        HolidayView added = calendar.addHoliday(Requests.body(request).command());
        return Requests.created(uri, added.id(), added);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Change a holiday; send the version you read")
    @APIResponse(responseCode = "200", description = "The holiday as stored, with its new version")
    @APIResponse(responseCode = "409", description = "Someone changed it since you read it")
    public HolidayView update(@PathParam("id") long id, HolidayRequest request) {
        HolidayRequest body = Requests.body(request);
        long version = Requests.required(body.version(), "version");
        return calendar.updateHoliday(id, version, body.command());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Remove a holiday")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such holiday")
    public Response remove(@PathParam("id") long id) {
        calendar.removeHoliday(id);
        return Response.noContent().build();
    }
}
