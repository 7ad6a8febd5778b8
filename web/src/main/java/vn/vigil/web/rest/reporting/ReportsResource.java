package vn.vigil.web.rest.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.Role;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.Indicator;
import vn.vigil.reporting.api.Period;
import vn.vigil.reporting.api.ReadModelAdmin;
import vn.vigil.reporting.api.RebuildStatus;
import vn.vigil.reporting.api.ReportFigures;
import vn.vigil.web.rest.QueryParams;

/**
 * A period's aggregate figures with stable indicator codes (docs/indicators.md), as JSON or as CSV for a spreadsheet,
 * so the national level can collect every province's figures without retyping; and the administrator's hold on the
 * read model behind them.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Aggregate figures by period and province; the reporting read model")
@RolesAllowed({
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.ADMIN,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.CASE_WORKER,
    Role.Names.FINANCE_OFFICER
})
public class ReportsResource {

    static final String CSV = "text/csv";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Excel opens a UTF-8 CSV as UTF-8 only when it starts with a byte order mark. */
    private static final String BOM = "\uFEFF";

    @Inject
    ReportFigures figures;

    @Inject
    ReadModelAdmin readModel;

    /** One figure as the API shows it: a small victim count has no value, only its shown text ("<5"). */
    public record FigureView(String code, Long value, Long yearBefore, String shown, String yearBeforeShown) {}

    public record FiguresView(
            Long province,
            LocalDate from,
            LocalDate until,
            String asOf,
            int smallCountThreshold,
            List<FigureView> figures) {}

    public record ReadModelView(RebuildStatus latestRebuild, long pendingChanges) {}

    @GET
    @Path("figures")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "A period's figures for a province (or every province), beside the same period a year before")
    @APIResponse(responseCode = "400", description = "a day that cannot be read, or a period ending before it starts")
    @APIResponse(responseCode = "404", description = "no province in force with that id")
    public Response figures(
            @QueryParam("province") @Parameter(description = "a province's unit id; absent: every province")
                    String province,
            @QueryParam("from") @Parameter(description = "first day (yyyy-MM-dd); default 1 January this year")
                    String from,
            @QueryParam("until") @Parameter(description = "last day, included; default today") String until,
            @QueryParam("format") @Parameter(description = "csv for CSV (or ask for text/csv)") String format,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        LocalDate today = LocalDate.now(VIETNAM);
        LocalDate first = QueryParams.day("from", from);
        LocalDate last = QueryParams.day("until", until);
        Period period = new Period(first == null ? today.withDayOfYear(1) : first, last == null ? today : last);
        Long provinceId =
                province == null || province.isBlank() ? null : (long) QueryParams.integer("province", province, 0);
        FiguresView view = view(figures.figures(provinceId, period));
        boolean csv = "csv".equalsIgnoreCase(format)
                || (format == null
                        && headers.getAcceptableMediaTypes().stream()
                                .anyMatch(m -> m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType()));
        if (!csv) {
            return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(csv(view).getBytes(StandardCharsets.UTF_8), CSV + "; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"vigil-figures-" + period.from() + "-" + period.until() + ".csv\"")
                .build();
    }

    @GET
    @Path("read-model")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COMMITTEE_VIEWER})
    @Operation(summary = "The latest rebuild of the read model and how many changes wait to be applied")
    public ReadModelView readModel() {
        return new ReadModelView(readModel.latestRebuild().orElse(null), readModel.pendingSlices());
    }

    @POST
    @Path("read-model/rebuild")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Rebuild the read model from the base tables in the background (or show the running rebuild)")
    @APIResponse(responseCode = "202", description = "the rebuild runs; GET read-model shows its progress")
    public Response rebuild() {
        return Response.accepted(readModel.rebuild()).build();
    }

    static FiguresView view(Figures f) {
        String small = "<" + f.smallCountThreshold();
        List<FigureView> rows = f.indicators().stream()
                .map(i -> new FigureView(
                        i.code(),
                        i.small() ? null : i.value(),
                        i.yearBeforeSmall() ? null : i.yearBefore(),
                        i.small() ? small : String.valueOf(i.value()),
                        yearBeforeShown(i, small)))
                .toList();
        return new FiguresView(
                f.provinceId(),
                f.period().from(),
                f.period().until(),
                f.asOf() == null ? null : f.asOf().toString(),
                f.smallCountThreshold(),
                rows);
    }

    private static String yearBeforeShown(Indicator i, String small) {
        if (i.yearBefore() == null) {
            return "";
        }
        return i.yearBeforeSmall() ? small : String.valueOf(i.yearBefore());
    }

    static String csv(FiguresView v) {
        StringBuilder out = new StringBuilder(BOM);
        out.append("code,value,year_before,province,from,until,as_of\r\n");
        for (FigureView f : v.figures()) {
            out.append(f.code())
                    .append(',')
                    .append(f.shown())
                    .append(',')
                    .append(f.yearBeforeShown())
                    .append(',')
                    .append(v.province() == null ? "" : v.province())
                    .append(',')
                    .append(v.from())
                    .append(',')
                    .append(v.until())
                    .append(',')
                    .append(v.asOf() == null ? "" : v.asOf())
                    .append("\r\n");
        }
        return out.toString();
    }
}
