package vn.vigil.web.export;

import vn.vigil.core.api.NotFoundException;

/** No export of the caller's with that id: never started, another person's, or already deleted. */
public class ExportNotFound extends NotFoundException {

    private static final long serialVersionUID = 1L;

    ExportNotFound() {
        super("export.notFound", new Object[0]);
    }
}
