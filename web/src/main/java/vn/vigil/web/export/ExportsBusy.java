package vn.vigil.web.export;

import vn.vigil.core.api.DomainException;

/** The caller already has as many exports running or waiting as one person may. */
public class ExportsBusy extends DomainException {

    private static final long serialVersionUID = 1L;

    ExportsBusy(int perUser) {
        super("export.tooMany", perUser);
    }
}
