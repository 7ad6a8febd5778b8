package vn.vigil.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.calendar.HolidayKind;

/** A make-up working day turns a weekend day into a working day, so it must fall on a weekend. */
class HolidayTest {

    @ParameterizedTest(name = "{1} on {0}: allowed {2}")
    @CsvSource({
        "2025-04-26, MAKE_UP_WORKING_DAY, true",
        "2025-04-27, MAKE_UP_WORKING_DAY, true",
        "2025-04-25, MAKE_UP_WORKING_DAY, false",
        "2025-04-28, MAKE_UP_WORKING_DAY, false",
        "2025-04-30, PUBLIC_HOLIDAY,      true",
        "2025-05-02, DAY_OFF,             true",
        "2026-02-14, PUBLIC_HOLIDAY,      true",
    })
    void aMakeUpDayFallsOnAWeekend(LocalDate day, HolidayKind kind, boolean allowed) {
        if (allowed) {
            assertThat(new Holiday(day, "Ngày thử", kind).day()).isEqualTo(day);
        } else {
            assertThatThrownBy(() -> new Holiday(day, "Ngày thử", kind))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("holiday.makeUpNotWeekend"));
        }
    }

    @Test
    void dayKindAndNameAreRequired() {
        LocalDate day = LocalDate.of(2026, 9, 2);

        assertThatThrownBy(() -> new Holiday(null, "Quốc khánh", HolidayKind.PUBLIC_HOLIDAY))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.arguments()).containsExactly("day"));
        assertThatThrownBy(() -> new Holiday(day, "Quốc khánh", null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.arguments()).containsExactly("kind"));
        assertThatThrownBy(() -> new Holiday(day, "  ", HolidayKind.PUBLIC_HOLIDAY))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.arguments()).containsExactly("name"));
    }
}
