package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessLineTest {

    @Test
    void theCodeIsUpperCasedAndTheNamesCleaned() {
        BusinessLine line = new BusinessLine(" sauna_club ", "  Câu lạc bộ  xông hơi ", "Sauna club", 75, true);

        assertThat(line.code()).isEqualTo("SAUNA_CLUB");
        assertThat(line.nameVi()).isEqualTo("Câu lạc bộ xông hơi");
        assertThat(line.active()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "1BAD,  Tên, Name, 50,  businessLine.codeInvalid",
                "A-B,   Tên, Name, 50,  businessLine.codeInvalid",
                "OK,    Tên, Name, 101, businessLine.weightOutOfRange",
                "OK,    Tên, Name, -1,  businessLine.weightOutOfRange",
                "OK,    none, Name, 50, validation.required",
                "none,  Tên, Name, 50,  validation.required",
            })
    void refusesBadReferenceData(String code, String nameVi, String nameEn, int weight, String key) {
        assertThatThrownBy(() -> new BusinessLine(code, nameVi, nameEn, weight, false))
                .hasMessageContaining(key);
    }
}
