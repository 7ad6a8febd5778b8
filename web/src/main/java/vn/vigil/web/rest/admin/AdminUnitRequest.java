package vn.vigil.web.rest.admin;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vigil.core.api.unit.AdminUnitCommand;
import vn.vigil.core.api.unit.UnitKind;
import vn.vigil.web.rest.Requests;

/** A unit as a client adds or replaces it; {@code version} is required when replacing. */
@Schema(name = "AdminUnitRequest")
public record AdminUnitRequest(
        @Schema(required = true, example = "75-096") String code,
        @Schema(required = true, example = "Xã Tân Lập") String name,
        @Schema(required = true) UnitKind kind,

        @Schema(description = "Required for every level below the province")
        Long parentId,

        @Schema(required = true, example = "2025-07-01") LocalDate validFrom,

        @Schema(description = "Last day in force; absent while the unit is in force")
        LocalDate validTo,

        @Schema(description = "The unit that took over the area; only with validTo")
        Long successorId,

        @Schema(description = "The version read before changing; required by PUT")
        Long version) {

    AdminUnitCommand command() {
        Requests.required(code, "code");
        Requests.required(name, "name");
        Requests.required(kind, "kind");
        Requests.required(validFrom, "validFrom");
        if (successorId != null) {
            Requests.required(validTo, "validTo");
        }
        return new AdminUnitCommand(code, name, kind, parentId, validFrom, validTo, successorId);
    }
}
