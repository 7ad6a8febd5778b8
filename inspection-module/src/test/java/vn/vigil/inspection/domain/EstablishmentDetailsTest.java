package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.EstablishmentCommand;

class EstablishmentDetailsTest {

    @Test
    void cleansTheTextsARegistrarTyped() {
        EstablishmentDetails details =
                EstablishmentDetails.of(command("  Karaoke   Hoàng Gia ", "0903 123 456", null, null));

        assertThat(details.name()).isEqualTo("Karaoke Hoàng Gia");
        assertThat(details.phone()).isEqualTo("0903 123 456");
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "none,             0903123456, validation.required",
                "Karaoke Sao Mai,  abc,        establishment.phoneInvalid",
            })
    void refusesMissingOrMalformedFields(String name, String phone, String key) {
        assertThatThrownBy(() -> EstablishmentDetails.of(command(name, phone, null, null)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }

    @Test
    void refusesALicenceThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> EstablishmentDetails.of(
                        command("Karaoke Sao Mai", null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31))))
                .hasMessageContaining("establishment.licencePeriodReversed");
        assertThat(EstablishmentDetails.of(
                                command("Karaoke Sao Mai", null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)))
                        .licenceValidUntil())
                .isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void refusesTooLongNames() {
        assertThatThrownBy(() -> EstablishmentDetails.of(command("x".repeat(201), null, null, null)))
                .hasMessageContaining("validation.tooLong");
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "10.95, none,   establishment.gpsIncomplete",
                "none,  106.8,  establishment.gpsIncomplete",
                "7.99,  106.8,  establishment.gpsOutsideVietnam",
                "24.01, 106.8,  establishment.gpsOutsideVietnam",
                "10.95, 101.99, establishment.gpsOutsideVietnam",
                "10.95, 110.01, establishment.gpsOutsideVietnam",
            })
    void gpsIsBothOrNoneAndInsideVietnam(BigDecimal latitude, BigDecimal longitude, String key) {
        assertThatThrownBy(() -> GeoPoint.of(latitude, longitude)).hasMessageContaining(key);
    }

    @Test
    void aPositionInVietnamIsKeptToSixDecimals() {
        assertThat(GeoPoint.of(new BigDecimal("10.9512345"), new BigDecimal("106.85")))
                .isEqualTo(new GeoPoint(new BigDecimal("10.951235"), new BigDecimal("106.850000")));
        assertThat(GeoPoint.of(null, null)).isNull();
    }

    static EstablishmentCommand command(String name, String phone, LocalDate from, LocalDate until) {
        return new EstablishmentCommand(
                name, 1L, null, from, until, null, null, phone, "Số 1, đường Đồng Khởi", 7L, null, null);
    }
}
