package vn.vigil.web.rest.admin;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.vigil.core.api.calendar.HolidayCommand;
import vn.vigil.core.api.calendar.HolidayKind;
import vn.vigil.web.rest.Requests;

/** A holiday, day off or make-up working day; {@code version} is required when replacing. */
@Schema(name = "HolidayRequest")
public record HolidayRequest(
        @Schema(required = true, example = "2026-09-02") LocalDate day,
        @Schema(required = true, example = "Quốc khánh") String name,
        @Schema(required = true) HolidayKind kind,

        @Schema(description = "The version read before changing; required by PUT")
        Long version) {

    HolidayCommand command() {
        Requests.required(day, "day");
        Requests.required(name, "name");
        Requests.required(kind, "kind");
        return new HolidayCommand(day, name, kind);
    }
}
