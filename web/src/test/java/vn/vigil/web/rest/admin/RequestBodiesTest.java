package vn.vigil.web.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.calendar.HolidayKind;
import vn.vigil.core.api.unit.AdminUnitCommand;
import vn.vigil.core.api.unit.UnitKind;
import vn.vigil.web.rest.Requests;

/** Request bodies name the first missing field, so the problem body says what to send. */
class RequestBodiesTest {

    private static final LocalDate START = LocalDate.of(2025, 7, 1);

    @Test
    void aUnitNeedsCodeNameKindAndStart() {
        assertMissing(
                () -> new AdminUnitRequest(" ", "Xã A", UnitKind.XA, 1L, START, null, null, null).command(), "code");
        assertMissing(
                () -> new AdminUnitRequest("A", null, UnitKind.XA, 1L, START, null, null, null).command(), "name");
        assertMissing(() -> new AdminUnitRequest("A", "Xã A", null, 1L, START, null, null, null).command(), "kind");
        assertMissing(
                () -> new AdminUnitRequest("A", "Xã A", UnitKind.XA, 1L, null, null, null, null).command(),
                "validFrom");
    }

    @Test
    void aSuccessorOnlyComesWithALastDay() {
        assertMissing(
                () -> new AdminUnitRequest("A", "Xã A", UnitKind.XA, 1L, START, null, 9L, null).command(), "validTo");

        AdminUnitCommand command =
                new AdminUnitRequest("A", "Xã A", UnitKind.XA, 1L, START, START.plusYears(1), 9L, 3L).command();

        assertThat(command)
                .isEqualTo(new AdminUnitCommand("A", "Xã A", UnitKind.XA, 1L, START, START.plusYears(1), 9L));
    }

    @Test
    void aRetirementNeedsTheLastDayAndTheVersionRead() {
        assertMissing(() -> new UnitRetirementRequest(null, null, 0L).checked(), "lastDay");
        assertMissing(() -> new UnitRetirementRequest(START, null, null).checked(), "version");
    }

    @Test
    void aHolidayNeedsDayNameAndKind() {
        assertMissing(() -> new HolidayRequest(null, "Quốc khánh", HolidayKind.PUBLIC_HOLIDAY, null).command(), "day");
        assertMissing(() -> new HolidayRequest(START, "", HolidayKind.PUBLIC_HOLIDAY, null).command(), "name");
        assertMissing(() -> new HolidayRequest(START, "Quốc khánh", null, null).command(), "kind");
    }

    @Test
    void anAbsentBodyIsRefused() {
        assertMissing(() -> Requests.body(null), "body");
    }

    private static void assertMissing(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("validation.required");
            assertThat(e.arguments()).containsExactly(field);
        });
    }
}
