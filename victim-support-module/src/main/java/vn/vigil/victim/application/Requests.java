package vn.vigil.victim.application;

import vn.vigil.core.api.DomainException;

/** A command that must be there. */
final class Requests {

    private Requests() {}

    static <T> T required(T command) {
        if (command == null) {
            throw new DomainException("validation.required", "body");
        }
        return command;
    }
}
