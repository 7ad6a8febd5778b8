package vn.vigil.web.rest.reporting;

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
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.reporting.api.PeriodicReportView;
import vn.vigil.reporting.api.PeriodicReports;
import vn.vigil.reporting.api.ReportKind;
import vn.vigil.web.export.Spreadsheet;
import vn.vigil.web.i18n.Bundles;
import vn.vigil.web.print.PeriodicReportPdf;
import vn.vigil.web.rest.Requests;
import vn.vigil.web.rest.violations.ViolationPrintSettings;

/** The committee's periodic reports: drafted and issued by the standing office (administrators), read by the committee. */
@Path("reports/periodic")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Aggregate figures by period and province; the reporting read model")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COMMITTEE_VIEWER})
public class PeriodicReportResource {

    static final String PDF = "application/pdf";

    @Inject
    PeriodicReports reports;

    @Inject
    ViolationPrintSettings print;

    @Inject
    @ConfigProperty(name = "vigil.reports.agency", defaultValue = "Ban Chỉ đạo phòng, chống mua bán người tỉnh")
    String agency;

    @Context
    UriInfo uri;

    /** What a draft asks for: the kind, the year, a province (absent: every province), the cut-off day (14th). */
    public record DraftRequest(ReportKind kind, Integer year, Long province, Integer cutOffDay) {}

    @GET
    @Operation(summary = "The most recent reports first (at most 100)")
    public List<PeriodicReportView> recent() {
        return reports.recent(100);
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "404", description = "no such report")
    @Operation(summary = "One report: an issued one with the figures frozen at issue, a draft with today's")
    public PeriodicReportView report(@PathParam("id") long id) {
        return reports.get(id);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Draft a six-month, annual or peak-campaign report (administrators)")
    @APIResponse(responseCode = "201", description = "drafted; Location names it")
    @APIResponse(responseCode = "400", description = "no kind, a year out of range, a cut-off day outside 1-28")
    public Response draft(DraftRequest request) {
        DraftRequest r = Requests.body(request);
        PeriodicReportView drafted = reports.draft(
                r.kind(), Requests.required(r.year(), "reports.periodic.year"), r.province(), r.cutOffDay());
        return Requests.created(uri, drafted.id(), drafted);
    }

    @PUT
    @Path("{id}/narrative")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Write a draft's assessment, difficulties, proposals and next tasks")
    @APIResponse(responseCode = "400", description = "the report is issued, or a text is longer than 4,000 characters")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public PeriodicReportView write(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            PeriodicReportView.Narrative narrative) {
        return reports.write(id, Requests.required(version, "version"), Requests.body(narrative));
    }

    @POST
    @Path("{id}/issue")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Issue a draft: its number is taken and its figures are frozen as of its cut-off day")
    @APIResponse(responseCode = "400", description = "already issued, or its cut-off day has not passed")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public PeriodicReportView issue(
            @PathParam("id") long id,
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version) {
        return reports.issue(id, Requests.required(version, "version"));
    }

    @POST
    @Path("{id}/correction")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Draft a new version that will replace an issued report")
    @APIResponse(responseCode = "400", description = "the report is a draft, or a correction is already drafted")
    public Response correct(@PathParam("id") long id) {
        PeriodicReportView drafted = reports.correct(id);
        return Requests.created(uri, drafted.id(), drafted);
    }

    @GET
    @Path("{id}/pdf")
    @Produces(PDF)
    @Operation(summary = "The report printed as an administrative document (PDF, Vietnamese)")
    @APIResponse(responseCode = "404", description = "no such report")
    public Response pdf(@PathParam("id") long id) {
        PeriodicReportView report = reports.get(id);
        return Response.ok(PeriodicReportPdf.render(report, agency, print.place()), PDF)
                .header("Content-Disposition", "inline; filename=\"bao-cao-" + report.year() + "-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("{id}/xlsx")
    @Produces(ReportsResource.XLSX)
    @Operation(summary = "A report's figures as a spreadsheet: the issued snapshot, or the draft's figures as they are")
    @APIResponse(responseCode = "404", description = "no such report")
    public Response xlsx(@PathParam("id") long id) {
        PeriodicReportView report = reports.get(id);
        List<List<Object>> rows = report.figures().stream()
                .map(i -> List.<Object>of(
                        i.code(),
                        Bundles.text(Bundles.VIETNAMESE, "indicator." + i.code()),
                        i.small() ? "<" + report.smallCountThreshold() : i.value(),
                        i.yearBefore() == null
                                ? ""
                                : i.yearBeforeSmall() ? "<" + report.smallCountThreshold() : i.yearBefore()))
                .toList();
        List<String> header = List.of(
                Bundles.text(Bundles.VIETNAMESE, "reports.code"),
                Bundles.text(Bundles.VIETNAMESE, "reports.indicator"),
                Bundles.text(Bundles.VIETNAMESE, "reports.value"),
                Bundles.text(Bundles.VIETNAMESE, "reports.yearBefore"));
        return Response.ok(Spreadsheet.of(report.from() + " – " + report.cutOff(), header, rows), ReportsResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-" + report.year() + "-" + id + ".xlsx\"")
                .build();
    }

    @GET
    @Path("{id}/csv")
    @Produces(ReportsResource.CSV)
    @Operation(summary = "A report's figures as CSV (UTF-8 with a byte order mark), with their indicator codes")
    @APIResponse(responseCode = "404", description = "no such report")
    public Response csv(@PathParam("id") long id) {
        PeriodicReportView report = reports.get(id);
        StringBuilder out = new StringBuilder("\uFEFFcode,value,year_before,from,cut_off\r\n");
        String small = "<" + report.smallCountThreshold();
        for (var i : report.figures()) {
            out.append(i.code())
                    .append(',')
                    .append(i.small() ? small : String.valueOf(i.value()))
                    .append(',')
                    .append(i.yearBefore() == null ? "" : i.yearBeforeSmall() ? small : String.valueOf(i.yearBefore()))
                    .append(',')
                    .append(report.from())
                    .append(',')
                    .append(report.cutOff())
                    .append("\r\n");
        }
        return Response.ok(
                        out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        ReportsResource.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"bao-cao-" + report.year() + "-" + id + ".csv\"")
                .build();
    }
}
