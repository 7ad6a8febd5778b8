package vn.vigil.web.rest.directives;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.reporting.api.directive.AssignmentView;
import vn.vigil.reporting.api.directive.Directives;
import vn.vigil.reporting.api.directive.InboxItem;
import vn.vigil.reporting.api.directive.ReportCommand;
import vn.vigil.reporting.api.directive.ReportView;
import vn.vigil.reporting.api.directive.TaskInbox;
import vn.vigil.web.rest.QueryParams;
import vn.vigil.web.rest.Requests;

/** A focal point's inbox: the own unit's tasks, and the reports that answer them. */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Task inbox", description = "A unit's tasks from the committee's directives, and its reports on them")
@RolesAllowed(Role.Names.FOCAL_POINT)
public class InboxResource {

    @Inject
    TaskInbox inbox;

    @GET
    @Operation(summary = "The caller's unit's tasks, the nearest due first")
    public List<InboxItem> mine() {
        return inbox.mine();
    }

    @GET
    @Path("{id: \\d+}")
    @APIResponse(responseCode = "403", description = "another unit's task")
    @Operation(summary = "One task of the caller's unit, with every due date and its report")
    public AssignmentView assignment(@PathParam("id") long id) {
        return inbox.assignment(id);
    }

    @POST
    @Path("{id: \\d+}/acknowledge")
    @Operation(summary = "Acknowledge receipt of the task")
    public AssignmentView acknowledge(@PathParam("id") long id) {
        return inbox.acknowledge(id);
    }

    @POST
    @Path("{id: \\d+}/done")
    @Operation(summary = "Mark the task done")
    public AssignmentView done(@PathParam("id") long id) {
        return inbox.markDone(id);
    }

    @GET
    @Path("{id: \\d+}/prefill")
    @Operation(summary = "The figures Vigil fills in for a due date (its own data: visits, outreach)")
    public Map<String, Long> prefill(
            @PathParam("id") long id,
            @QueryParam("due") @Parameter(required = true, description = "yyyy-MM-dd") String due) {
        return inbox.prefill(id, QueryParams.day("due", due));
    }

    @PUT
    @Path("{id: \\d+}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write or rewrite the unit's report for one due date (while a draft or returned)")
    @APIResponse(responseCode = "400", description = "not a due date of the task, a negative figure, one not asked for")
    public ReportView saveReport(@PathParam("id") long id, ReportCommand command) {
        return inbox.saveReport(id, Requests.body(command));
    }

    @GET
    @Path("reports/{report: \\d+}")
    @RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER})
    @Operation(summary = "One report with its figures, attachments and approval history")
    public ReportView report(@PathParam("report") long report) {
        return inbox.report(report);
    }

    @POST
    @Path("reports/{report: \\d+}/submit")
    @Operation(summary = "Send the report up for review or approval")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public ReportView submit(
            @PathParam("report") long report,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        return inbox.submit(report, Requests.required(version, "version"));
    }

    @POST
    @Path("reports/{report: \\d+}/attachments")
    @Consumes({
        "application/pdf",
        "image/jpeg",
        "image/png",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    })
    @Operation(summary = "Attach a file (PDF, image, XLSX or DOCX, at most 10 MB) to a report still editable")
    public ReportView attach(
            @PathParam("report") long report,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("X-File-Name") @DefaultValue("tep-dinh-kem") String name,
            byte[] content) {
        return inbox.attach(report, name, contentType == null ? null : contentType.split(";")[0].strip(), content);
    }

    @GET
    @Path("reports/{report: \\d+}/attachments/{attachment: \\d+}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER})
    @Operation(summary = "An attached file")
    public Response attachment(@PathParam("report") long report, @PathParam("attachment") long attachment) {
        Directives.Attachment a = inbox.attachment(report, attachment);
        return Response.ok(a.content(), a.contentType())
                .header("Content-Disposition", "attachment; filename=\"attachment-" + attachment + "\"")
                .build();
    }
}
