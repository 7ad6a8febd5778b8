package vn.vigil.web.rest;

import vn.vigil.core.api.DomainException;

/** Checks of request bodies, refused with the same messages the screens show. */
final class Requests {

    private Requests() {}

    /** The body itself: JSON-B gives null for an empty one. */
    static <T> T body(T body) {
        return required(body, "body");
    }

    static <T> T required(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new DomainException("validation.required", field);
        }
        return value;
    }
}
