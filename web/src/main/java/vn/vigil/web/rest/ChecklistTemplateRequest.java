package vn.vigil.web.rest;

/** The business line a new checklist template is for. */
public record ChecklistTemplateRequest(Long businessLineId) {}
