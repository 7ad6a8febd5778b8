package vn.vigil.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.vigil.core.api.DomainException;

/** Checks of request bodies, refused with the same messages the screens show. */
public final class Requests {

    private Requests() {}

    /** The body itself: JSON-B gives null for an empty one. */
    public static <T> T body(T body) {
        return required(body, "body");
    }

    public static <T> T required(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new DomainException("validation.required", field);
        }
        return value;
    }

    /** 201 Created: the new resource in the body, and its address (the collection's plus its id) in Location. */
    public static Response created(UriInfo uri, Object id, Object entity) {
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(entity)
                .build();
    }
}
