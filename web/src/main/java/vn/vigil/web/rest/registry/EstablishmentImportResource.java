package vn.vigil.web.rest.registry;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vigil.core.api.BackgroundWork;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.EstablishmentImport;
import vn.vigil.inspection.api.ImportFile;
import vn.vigil.inspection.api.ImportProblem;
import vn.vigil.inspection.api.ImportReport;
import vn.vigil.web.i18n.Bundles;
import vn.vigil.web.rest.Problems;

@Path("establishments/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Establishments", description = "The registry of high-risk establishments")
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class EstablishmentImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The dry run's answer: rows read and every bad row with its reason in the caller's language. */
    /** warnings: good rows that may duplicate a registered establishment or an earlier row; they do not block. */
    public record ImportOutcome(int rowCount, int imported, List<BadRow> badRows, List<BadRow> warnings) {}

    public record BadRow(int rowNumber, String messageKey, List<Object> args, String reason) {}

    @Inject
    EstablishmentImport imports;

    @Resource(lookup = BackgroundWork.EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    BackgroundWork backgroundWork;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({"text/csv", XLSX})
    @Operation(
            summary = "Checks (dryRun=true, the default) or imports a CSV (UTF-8) or XLSX file of establishments;"
                    + " the import is all-or-nothing and refuses a file with any bad row. It runs as background work:"
                    + " 503 with Retry-After when too much of it is already waiting")
    public CompletionStage<Response> importFile(
            @QueryParam("dryRun") @DefaultValue("true") @Parameter(description = "true: check only") boolean dryRun,
            byte[] content) {
        String type =
                headers.getMediaType() == null ? "" : headers.getMediaType().toString();
        ImportFile file = new ImportFile(type.startsWith(XLSX) ? "upload.xlsx" : "upload.csv", content);
        if (dryRun) {
            return CompletableFuture.completedFuture(
                    Response.ok(outcome(imports.dryRun(file))).build());
        }
        // long work: on the bounded background executor, with long statements allowed; no request thread waits
        return executor.supplyAsync(() -> backgroundWork.withLongStatements(() -> imports.importAll(file, saved -> {})))
                .thenApply(imported -> Response.status(Response.Status.CREATED)
                        .entity(new ImportOutcome(imported, imported, List.of(), List.of()))
                        .build());
    }

    private ImportOutcome outcome(ImportReport report) {
        Locale locale = Problems.locale(headers);
        return new ImportOutcome(
                report.rowCount(), 0, explained(report.badRows(), locale), explained(report.warnings(), locale));
    }

    private static List<BadRow> explained(List<ImportProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new BadRow(
                        p.rowNumber(),
                        p.messageKey(),
                        p.args(),
                        Bundles.text(locale, p.messageKey(), p.args().toArray())))
                .toList();
    }
}
