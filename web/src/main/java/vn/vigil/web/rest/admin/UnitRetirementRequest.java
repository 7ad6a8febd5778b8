package vn.vigil.web.rest.admin;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vigil.web.rest.Requests;

/** Ends a unit on {@code lastDay}, optionally naming the unit that takes over its area. */
@Schema(name = "UnitRetirementRequest")
public record UnitRetirementRequest(
        @Schema(required = true, example = "2025-06-30") LocalDate lastDay,

        @Schema(description = "In force on the day after lastDay")
        Long successorId,

        @Schema(required = true) Long version) {

    UnitRetirementRequest checked() {
        Requests.required(lastDay, "lastDay");
        Requests.required(version, "version");
        return this;
    }
}
