package vn.vigil.reporting.api.directive;

import java.io.Serializable;

/** A file attached to a report. */
public record AttachmentView(long id, String name, String contentType, long size) implements Serializable {}
