package vn.vigil.web.rest.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.reporting.api.Breakdowns;
import vn.vigil.reporting.api.CommuneFigures;
import vn.vigil.reporting.api.Figures;
import vn.vigil.reporting.api.Indicator;
import vn.vigil.reporting.api.Period;
import vn.vigil.reporting.api.ProvinceBreakdown;
import vn.vigil.reporting.api.ReadModelAdmin;
import vn.vigil.reporting.api.RebuildStatus;
import vn.vigil.reporting.api.ReportFigures;
import vn.vigil.reporting.api.SmallCountSetting;
import vn.vigil.web.export.Spreadsheet;
import vn.vigil.web.export.TitledTables;
import vn.vigil.web.i18n.Bundles;
import vn.vigil.web.print.BreakdownTables;
import vn.vigil.web.print.FiguresPdf;
import vn.vigil.web.rest.Problems;
import vn.vigil.web.rest.QueryParams;
import vn.vigil.web.rest.Requests;
import vn.vigil.web.rest.violations.ViolationPrintSettings;

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
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Excel opens a UTF-8 CSV as UTF-8 only when it starts with a byte order mark. */
    private static final String BOM = "\uFEFF";

    @Inject
    ReportFigures figures;

    @Inject
    ReadModelAdmin readModel;

    @Inject
    SmallCountSetting setting;

    @Inject
    AdminUnitService units;

    @Inject
    ViolationPrintSettings print;

    @Inject
    @ConfigProperty(name = "vigil.reports.agency", defaultValue = "Ban Chỉ đạo phòng, chống mua bán người tỉnh")
    String agency;

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
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX, PDF})
    @Operation(summary = "A period's figures for a province (or every province), beside the same period a year before")
    @APIResponse(responseCode = "400", description = "a day that cannot be read, or a period ending before it starts")
    @APIResponse(responseCode = "404", description = "no province in force with that id")
    public Response figures(
            @QueryParam("province") @Parameter(description = "a province's unit id; absent: every province")
                    String province,
            @QueryParam("from") @Parameter(description = "first day (yyyy-MM-dd); default 1 January this year")
                    String from,
            @QueryParam("until") @Parameter(description = "last day, included; default today") String until,
            @QueryParam("format")
                    @Parameter(description = "csv, xlsx or pdf (or ask for text/csv, the XLSX type or application/pdf)")
                    String format,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        Period period = period(from, until);
        Long provinceId =
                province == null || province.isBlank() ? null : (long) QueryParams.integer("province", province, 0);
        Figures shown = figures.figures(provinceId, period);
        FiguresView view = view(shown);
        String name = "vigil-figures-" + period.from() + "-" + period.until();
        if ("xlsx".equalsIgnoreCase(format) || (format == null && asks(headers, XLSX))) {
            Locale locale = Problems.locale(headers);
            List<List<Object>> rows = view.figures().stream()
                    .map(f -> List.<Object>of(
                            f.code(),
                            Bundles.text(locale, "indicator." + f.code()),
                            f.value() == null ? f.shown() : f.value(),
                            f.yearBefore() == null ? f.yearBeforeShown() : f.yearBefore()))
                    .toList();
            List<String> header = List.of(
                    Bundles.text(locale, "reports.code"),
                    Bundles.text(locale, "reports.indicator"),
                    Bundles.text(locale, "reports.value"),
                    Bundles.text(locale, "reports.yearBefore"));
            return Response.ok(Spreadsheet.of(period.from() + " – " + period.until(), header, rows), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
                    .build();
        }
        if ("pdf".equalsIgnoreCase(format) || (format == null && asks(headers, PDF))) {
            String scope = provinceId == null
                    ? Bundles.text(Bundles.VIETNAMESE, "reports.allProvinces")
                    : units.find(provinceId).map(u -> u.name()).orElse(String.valueOf(provinceId));
            byte[] pdf = FiguresPdf.render(
                    shown,
                    Bundles.text(Bundles.VIETNAMESE, "reports.pdf.title"),
                    scope,
                    agency,
                    print == null ? null : print.place(),
                    "reports.pdf.note",
                    BreakdownTables.of(figures.breakdowns(provinceId, period), Bundles.VIETNAMESE));
            return Response.ok(pdf, PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"")
                    .build();
        }
        if ("csv".equalsIgnoreCase(format) || (format == null && asks(headers, CSV))) {
            return Response.ok(csv(view).getBytes(StandardCharsets.UTF_8), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                    .build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** One commune's row: the victim count hidden has no value, only "<5" (small) or "x" (hidden for another). */
    public record CommuneView(
            long commune,
            String name,
            long visitsDone,
            long cases,
            long finesImposed,
            Long victims,
            String victimsShown) {}

    public record BreakdownView(
            long province, LocalDate from, LocalDate until, List<CommuneView> communes, CommuneView total) {}

    @GET
    @Path("figures/by-commune")
    @Operation(
            summary = "The drill-down: a province's visits done, cases, fines and victims received, commune by commune")
    @APIResponse(responseCode = "400", description = "no province given, a day that cannot be read, or a bad period")
    @APIResponse(responseCode = "404", description = "no province in force with that id")
    public BreakdownView byCommune(
            @QueryParam("province") @Parameter(description = "a province's unit id", required = true) String province,
            @QueryParam("from") @Parameter(description = "first day (yyyy-MM-dd); default 1 January this year")
                    String from,
            @QueryParam("until") @Parameter(description = "last day, included; default today") String until) {
        if (province == null || province.isBlank()) {
            throw new DomainException("reporting.province.missing");
        }
        ProvinceBreakdown b = figures.byCommune(QueryParams.integer("province", province, 0), period(from, until));
        String small = "<" + b.smallCountThreshold();
        return new BreakdownView(
                b.provinceId(),
                b.period().from(),
                b.period().until(),
                b.communes().stream().map(c -> communeView(c, small)).toList(),
                communeView(b.total(), small));
    }

    private static CommuneView communeView(CommuneFigures c, String small) {
        String shown = c.victimsHidden() ? (c.victimsSmall() ? small : "x") : String.valueOf(c.victims());
        return new CommuneView(
                c.communeId(),
                c.name(),
                c.visitsDone(),
                c.cases(),
                c.finesImposed(),
                c.victimsHidden() ? null : c.victims(),
                shown);
    }

    private static Period period(String from, String until) {
        LocalDate today = LocalDate.now(VIETNAM);
        LocalDate first = QueryParams.day("from", from);
        LocalDate last = QueryParams.day("until", until);
        return new Period(first == null ? today.withDayOfYear(1) : first, last == null ? today : last);
    }

    /** The body of a change of the small-count threshold. */
    @GET
    @Path("figures/breakdowns")
    @Operation(
            summary =
                    "The tables behind a period's figures: establishments by line and risk, visits and cases by month,"
                            + " cases by step, acts by provision, support by type, money by funding source, departments' work,"
                            + " plans against their targets")
    @APIResponse(responseCode = "400", description = "a day that cannot be read, or a bad period")
    @APIResponse(responseCode = "404", description = "no province in force with that id")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @APIResponse(
            responseCode = "200",
            description =
                    "the tables as JSON, or in a spreadsheet (a sheet per table) or one CSV (a table under its title)",
            content =
                    @org.eclipse.microprofile.openapi.annotations.media.Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                            implementation = Breakdowns.class)))
    public Response breakdowns(
            @QueryParam("province") @Parameter(description = "a province's unit id; every province when absent")
                    String province,
            @QueryParam("from") @Parameter(description = "first day (yyyy-MM-dd); default 1 January this year")
                    String from,
            @QueryParam("until") @Parameter(description = "last day, included; default today") String until,
            @QueryParam("format") @Parameter(description = "csv or xlsx (or ask for text/csv or the XLSX type)")
                    String format,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        Long provinceId =
                province == null || province.isBlank() ? null : (long) QueryParams.integer("province", province, 0);
        Period period = period(from, until);
        Breakdowns tables = figures.breakdowns(provinceId, period);
        String name = "vigil-tables-" + period.from() + "-" + period.until();
        if ("xlsx".equalsIgnoreCase(format) || (format == null && asks(headers, XLSX))) {
            return Response.ok(TitledTables.xlsx(BreakdownTables.of(tables, Problems.locale(headers))), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
                    .build();
        }
        if ("csv".equalsIgnoreCase(format) || (format == null && asks(headers, CSV))) {
            return Response.ok(
                            TitledTables.csv(BreakdownTables.of(tables, Problems.locale(headers))),
                            CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                    .build();
        }
        return Response.ok(tables, MediaType.APPLICATION_JSON_TYPE).build();
    }

    public record ThresholdRequest(Integer threshold) {}

    @GET
    @Path("small-count-threshold")
    @Operation(summary = "The small-count threshold: victim counts below it show as \"<threshold\"")
    public SmallCountSetting.Threshold threshold() {
        return setting.threshold();
    }

    @PUT
    @Path("small-count-threshold")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Change the small-count threshold (administrators; 1 to 20)")
    @APIResponse(responseCode = "400", description = "a threshold below 1 or above 20")
    @APIResponse(responseCode = "409", description = "someone changed it since the given version")
    public SmallCountSetting.Threshold changeThreshold(
            @QueryParam("version") @Parameter(required = true, description = "the version the caller read")
                    Long version,
            ThresholdRequest request) {
        ThresholdRequest body = Requests.body(request);
        return setting.change(
                Requests.required(body.threshold(), "reports.threshold"), Requests.required(version, "version"));
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

    private static boolean asks(HttpHeaders headers, String type) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> !m.isWildcardType() && m.isCompatible(MediaType.valueOf(type)));
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
