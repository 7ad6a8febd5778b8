package vn.vigil.inspection.api;

/** The bytes of a piece of evidence, for download or for printing in a visit record. */
public record EvidenceContent(EvidenceView evidence, byte[] bytes) {}
