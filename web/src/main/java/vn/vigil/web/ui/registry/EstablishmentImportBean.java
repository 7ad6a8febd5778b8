package vn.vigil.web.ui.registry;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.vigil.core.api.BackgroundWork;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.EstablishmentImport;
import vn.vigil.inspection.api.ImportFile;
import vn.vigil.inspection.api.ImportProblem;
import vn.vigil.inspection.api.ImportReport;
import vn.vigil.web.StoppedStatement;
import vn.vigil.web.ui.FacesMessages;

/** Import establishments from a file: upload and dry run, then the all-or-nothing import with a progress bar. */
@Named
@ViewScoped
public class EstablishmentImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EstablishmentImportBean.class.getName());

    @Inject
    EstablishmentImport imports;

    @Resource(lookup = BackgroundWork.EXECUTOR)
    transient ManagedExecutorService executor;

    @Inject
    BackgroundWork backgroundWork;

    private ImportFile file;
    private ImportReport report;
    private ImportJob job;

    public void upload(FileUploadEvent event) {
        file = new ImportFile(event.getFile().getFileName(), event.getFile().getContent());
        report = null;
        job = null;
        try {
            report = imports.dryRun(file);
        } catch (DomainException e) {
            file = null;
            FacesMessages.refused(e);
        }
    }

    public void startImport() {
        if (file != null && report != null && report.clean() && job == null) {
            try {
                job = ImportJob.start(executor, backgroundWork, imports, file, report.rowCount());
            } catch (RejectedExecutionException full) {
                FacesMessages.error("error.backgroundBusy");
            }
        }
    }

    /** Called when the progress bar reaches 100: the job has ended, well or not. */
    public void finished() {
        try {
            FacesMessages.info("import.done", job.imported());
            file = null;
            report = null;
        } catch (DomainException e) {
            FacesMessages.refused(e);
        } catch (RuntimeException e) {
            Optional<StoppedStatement> stopped = StoppedStatement.in(e);
            if (stopped.isPresent()) {
                stopped.get().log("the establishment import page");
                FacesMessages.error(
                        stopped.get().reason() == StoppedStatement.Reason.TOO_LONG
                                ? "import.stopped"
                                : stopped.get().reason().messageKey());
            } else {
                LOG.log(Level.WARNING, "Establishment import failed", e);
                FacesMessages.error("import.failed", String.valueOf(e.getMessage()));
            }
        } finally {
            job = null;
        }
    }

    public StreamedContent getErrorFile() {
        if (report == null) {
            return null;
        }
        List<ImportProblem> problems = report.badRows();
        String csv = "\uFEFF"
                + Stream.concat(
                                Stream.of(line(Stream.concat(
                                        Stream.of(
                                                FacesMessages.text("import.row"), FacesMessages.text("import.reason")),
                                        report.header().stream()))),
                                problems.stream()
                                        .map(p -> line(Stream.concat(
                                                Stream.of(String.valueOf(p.rowNumber()), reason(p)),
                                                p.cells().stream()))))
                        .collect(Collectors.joining("\r\n", "", "\r\n"));
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(FacesMessages.text("import.errorFileName"))
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }

    private static String line(Stream<String> cells) {
        return cells.map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
    }

    /** "n rows read", then whether the file can be imported or how many rows are bad, then possible duplicates. */
    public String getSummary() {
        String verdict = report.clean()
                ? FacesMessages.text("import.allGood")
                : FacesMessages.text("import.badRowsFound", report.badRows().size());
        String warnings = report.warnings().isEmpty()
                ? ""
                : " "
                        + FacesMessages.text(
                                "import.duplicatesFound", report.warnings().size());
        return FacesMessages.text("import.rowsRead", report.rowCount()) + " " + verdict + warnings;
    }

    public String getStartLabel() {
        return FacesMessages.text("import.start", report == null ? 0 : report.rowCount());
    }

    public String reason(ImportProblem problem) {
        return FacesMessages.text(problem.messageKey(), problem.args().toArray());
    }

    public int getProgress() {
        return job == null ? 0 : job.percent();
    }

    public boolean isRunning() {
        return job != null;
    }

    public ImportReport getReport() {
        return report;
    }

    public boolean isImportable() {
        return report != null && report.clean() && job == null;
    }
}
