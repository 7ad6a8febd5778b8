package vn.vigil.inspection.api;

import java.io.Serializable;

/** An act a case charges, by its catalogue id, with the fine decided for it (null before the decision). */
public record CaseActView(long provisionId, Long fine) implements Serializable {}
