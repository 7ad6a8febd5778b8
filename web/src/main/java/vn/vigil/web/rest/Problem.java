package vn.vigil.web.rest;

/** An RFC 9457 problem document: what went wrong, in the caller's language, never a stack trace. */
public record Problem(String type, String title, int status, String detail, String instance, String code) {}
