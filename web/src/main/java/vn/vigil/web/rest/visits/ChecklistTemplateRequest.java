package vn.vigil.web.rest.visits;

/** The business line a new checklist template is for. */
public record ChecklistTemplateRequest(Long businessLineId) {}
