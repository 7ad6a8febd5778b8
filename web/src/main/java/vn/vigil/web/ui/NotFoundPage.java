package vn.vigil.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers a page request with an error page instead of the page: a record that does not exist (404), or one the
 * person may not see (403, after the service audited the refusal).
 */
public final class NotFoundPage {

    private NotFoundPage() {}

    /** The 404 page: the record does not exist. */
    public static void show() {
        answer(404);
    }

    /** The error page of {@code status}, and nothing more of this request is rendered. */
    public static void answer(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
