package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Something the team found, optionally about one checklist item; a violation or a remark; with the date by which
 * the establishment must be inspected again, if the team demands it.
 */
public record FindingEntry(String text, Long itemId, boolean violation, LocalDate reinspectBy)
        implements Serializable {}
