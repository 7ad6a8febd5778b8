package vn.vigil.web.export;

/**
 * A page's bean whose list can be exported: the list as it is shown, with the filters the person has set. The
 * export buttons (WEB-INF/includes/export-buttons.xhtml) call it when one is pressed.
 */
public interface ListOnScreen {

    ExportedList<?> exportedList();
}
