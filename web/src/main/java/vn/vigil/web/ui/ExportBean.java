package vn.vigil.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.DomainException;
import vn.vigil.web.StoppedStatement;
import vn.vigil.web.export.ExportFormat;
import vn.vigil.web.export.ExportNotFound;
import vn.vigil.web.export.ExportNotReady;
import vn.vigil.web.export.ExportStatus;
import vn.vigil.web.export.Exports;
import vn.vigil.web.export.ListOnScreen;

/**
 * The export buttons of a list page: starts an export of the list as shown, follows its progress, and offers its
 * file once written. It holds only the export's id; the file stays with {@link Exports}.
 */
@Named
@ViewScoped
public class ExportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Exports exports;

    private String id;

    /** From the start until the progress bar reported the end: the bar stays on the page until then. */
    private boolean following;

    /** The list's panel on the page that started the export ("" for the page's main list). */
    private String panel = "";

    public void start(ListOnScreen list, String format) {
        start(list, format, null);
    }

    /** Starts an export from one of a page's export panels (null or empty: the page's main list). */
    public void start(ListOnScreen list, String format, String panel) {
        if (isRunning()) {
            return;
        }
        this.panel = panel == null ? "" : panel;
        try {
            id = exports.start(
                            list.exportedList(),
                            ExportFormat.named(format),
                            FacesContext.getCurrentInstance().getViewRoot().getLocale())
                    .id();
            following = true;
        } catch (AccessDeniedException refused) {
            FacesMessages.error("export.forbidden");
        } catch (RejectedExecutionException full) {
            FacesMessages.error("error.backgroundBusy");
        } catch (DomainException e) {
            FacesMessages.refused(e);
        } catch (RuntimeException e) {
            FacesMessages.stopped(StoppedStatement.in(e).orElseThrow(() -> e));
        }
    }

    /** Called when the progress bar reaches 100: the file is written, or the export failed. */
    public void finished() {
        following = false;
        status().ifPresent(s -> {
            if (s.failed()) {
                FacesMessages.error("export.failedBecause", s.failure());
                id = null;
            } else {
                FacesMessages.info("export.ready", s.rows());
            }
        });
    }

    private Optional<ExportStatus> status() {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(exports.status(id));
        } catch (ExportNotFound gone) {
            return Optional.empty();
        }
    }

    public ExportStatus getStatus() {
        return status().orElse(null);
    }

    public int getProgress() {
        return status().map(ExportStatus::percent).orElse(100);
    }

    public boolean isRunning() {
        return following;
    }

    /** "Writing n rows…" (about n when the list was too long to count). */
    public String getRunningText() {
        return status().map(
                        s -> FacesMessages.text(s.totalExact() ? "export.running" : "export.runningAbout", s.total()))
                .orElse("");
    }

    public boolean isReady() {
        return !following && status().map(ExportStatus::ready).orElse(false);
    }

    /** Running, and started from this panel. */
    public boolean runningIn(String panel) {
        return isRunning() && this.panel.equals(panel == null ? "" : panel);
    }

    /** Its file ready, and started from this panel. */
    public boolean readyIn(String panel) {
        return isReady() && this.panel.equals(panel == null ? "" : panel);
    }

    /** The file, read when the download link is pressed; gone already (downloaded, expired): a message instead. */
    public StreamedContent getFile() {
        Exports.Download download;
        try {
            download = exports.download(id);
        } catch (ExportNotFound | ExportNotReady gone) {
            FacesMessages.refused(gone);
            return null;
        }
        return DefaultStreamedContent.builder()
                .name(download.fileName())
                .contentType(download.contentType())
                .contentLength(download.size())
                .stream(download::content)
                .build();
    }
}
