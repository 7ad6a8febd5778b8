package vn.vigil.web.export;

import vn.vigil.core.api.DomainException;

/** The export's file is not there to download: it is still being written, or the export failed. */
public class ExportNotReady extends DomainException {

    private static final long serialVersionUID = 1L;

    ExportNotReady() {
        super("export.notReady");
    }
}
