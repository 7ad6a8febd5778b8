package vn.vigil.web.rest.exports;

import java.util.Map;

/**
 * The body of {@code POST /api/v1/exports}.
 *
 * @param list the list's name, e.g. {@code establishments}
 * @param format {@code csv}, {@code xlsx} or {@code pdf}
 * @param filters the list's filters by name, written as its own endpoint's query parameters
 */
public record ExportRequest(String list, String format, Map<String, String> filters) {}
