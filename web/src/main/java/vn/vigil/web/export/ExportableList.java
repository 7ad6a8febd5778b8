package vn.vigil.web.export;

/**
 * A list that can be exported, by name, with its filters given as texts (the REST API's
 * {@code POST /api/v1/exports}). Its page's bean builds the same {@link ExportedList} from the filters on screen.
 */
public interface ExportableList {

    /** The list's name in the API, e.g. {@code establishments}. */
    String name();

    /** The list under these filters; a filter that cannot be read is refused like the list's own endpoint does. */
    ExportedList<?> list(ExportFilters filters);
}
