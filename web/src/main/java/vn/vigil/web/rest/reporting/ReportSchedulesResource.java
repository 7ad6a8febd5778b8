package vn.vigil.web.rest.reporting;

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
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.reporting.api.Cadence;
import vn.vigil.reporting.api.ReportFormat;
import vn.vigil.reporting.api.ReportSchedules;
import vn.vigil.reporting.api.ScheduleCommand;
import vn.vigil.reporting.api.ScheduleRunView;
import vn.vigil.reporting.api.ScheduleView;
import vn.vigil.web.rest.QueryParams;
import vn.vigil.web.rest.Requests;

/** Reports mailed on a schedule, and the log of their sendings (administrators only). */
@Path("reports/schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scheduled reports", description = "The figures of the previous month or week mailed as XLSX and/or PDF")
@RolesAllowed(Role.Names.ADMIN)
public class ReportSchedulesResource {

    @Inject
    ReportSchedules schedules;

    @Context
    UriInfo uri;

    /**
     * A schedule as the API takes it; choices arrive as text, so an unknown one is refused naming what is allowed.
     *
     * @param cadence MONTHLY or WEEKLY
     * @param dayOfMonth 1–28, for MONTHLY
     * @param dayOfWeek MONDAY … SUNDAY, for WEEKLY
     * @param sendAt HH:mm, Vietnam time
     * @param formats XLSX and/or PDF
     * @param recipients staff account ids
     */
    public record ScheduleRequest(
            String name,
            Long province,
            String cadence,
            Integer dayOfMonth,
            String dayOfWeek,
            String sendAt,
            List<String> formats,
            List<Long> recipients) {}

    @GET
    @Operation(summary = "Every scheduled report, by name")
    public List<ScheduleView> list() {
        return schedules.list();
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "404", description = "no such schedule")
    @Operation(summary = "One scheduled report")
    public ScheduleView get(@PathParam("id") long id) {
        return schedules.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a report")
    @APIResponse(responseCode = "201", description = "scheduled; Location names it")
    @APIResponse(
            responseCode = "400",
            description = "a day outside 1-28, no weekday, no time, an unknown format, no recipient, a recipient who is"
                    + " disabled or has no e-mail address")
    public Response create(ScheduleRequest request) {
        ScheduleView created = schedules.create(command(Requests.body(request)));
        return Requests.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a scheduled report")
    @APIResponse(responseCode = "400", description = "as when scheduling")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public ScheduleView change(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            ScheduleRequest request) {
        return schedules.change(id, Requests.required(version, "version"), command(Requests.body(request)));
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause a scheduled report")
    public ScheduleView pause(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        return schedules.activate(id, Requests.required(version, "version"), false);
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a paused report: it is sent from its next due time, nothing missed is caught up")
    public ScheduleView resume(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        return schedules.activate(id, Requests.required(version, "version"), true);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a scheduled report and its log")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") long id) {
        schedules.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Send the latest whole period's report now, to try the schedule out")
    @APIResponse(responseCode = "202", description = "the sending is logged and runs; GET runs shows how it went")
    @APIResponse(responseCode = "400", description = "the server sends no e-mail (vigil.mail.enabled)")
    public Response sendNow(@PathParam("id") long id) {
        return Response.accepted(schedules.sendNow(id)).build();
    }

    @GET
    @Path("{id}/runs")
    @Operation(summary = "A schedule's latest sendings, most recent first")
    public List<ScheduleRunView> runs(
            @PathParam("id") long id,
            @QueryParam("limit") @Parameter(description = "at most this many (1-200, default 20)") String limit) {
        return schedules.runs(id, QueryParams.integer("limit", limit, 20));
    }

    static ScheduleCommand command(ScheduleRequest r) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String f : r.formats() == null ? List.<String>of() : r.formats()) {
            ReportFormat format = QueryParams.choice(ReportFormat.class, "schedules.format", f);
            if (format == null) { // a null or blank entry in the list
                throw new DomainException("schedules.format.missing");
            }
            formats.add(format);
        }
        return new ScheduleCommand(
                r.name(),
                r.province(),
                QueryParams.choice(Cadence.class, "schedules.cadence", r.cadence()),
                r.dayOfMonth(),
                QueryParams.choice(DayOfWeek.class, "schedules.dayOfWeek", r.dayOfWeek()),
                time(r.sendAt()),
                formats,
                r.recipients());
    }

    private static LocalTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new DomainException("schedules.time.invalid", value);
        }
    }
}
