package vn.vigil.reporting.api.directive;

/** A file attached to a report. */
public record AttachmentView(long id, String name, String contentType, long size) {}
