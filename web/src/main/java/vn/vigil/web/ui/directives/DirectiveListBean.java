package vn.vigil.web.ui.directives;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.vigil.reporting.api.directive.DirectiveSummary;
import vn.vigil.reporting.api.directive.Directives;
import vn.vigil.web.ui.PagedModel;

/** The directives, newest first, 20 a page, searched by symbol or subject without marks. */
@Named
@ViewScoped
public class DirectiveListBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 20;

    @Inject
    Directives directives;

    private String text;
    private String applied = "";

    private final PagedModel<String, DirectiveSummary> rows =
            new PagedModel<>(() -> applied, (q, page) -> directives.list(q, page), ROWS, DirectiveSummary::id);

    public void search() {
        applied = text == null ? "" : text;
    }

    public PagedModel<String, DirectiveSummary> getRows() {
        return rows;
    }

    public String day(LocalDate day) {
        return Pages.day(day);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
