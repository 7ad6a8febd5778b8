package vn.vigil.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberFormatTest {

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource({
        "1, BB-VPHC, 01/BB-VPHC",
        "7, BB-VPHC, 07/BB-VPHC",
        "9, QĐ-XPHC, 09/QĐ-XPHC",
        "10, QĐ-XPHC, 10/QĐ-XPHC",
        "15, QĐ-XPHC, 15/QĐ-XPHC",
        "1234, QĐ-XPHC, 1234/QĐ-XPHC",
        "3, ' QĐ-UBND ', 03/QĐ-UBND"
    })
    void writesTheNumberTheAdministrativeWay(int sequence, String symbol, String expected) {
        assertThat(DocumentNumberFormat.format(sequence, symbol)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void sequencesStartAtOne(int sequence) {
        assertThatThrownBy(() -> DocumentNumberFormat.format(sequence, "BB-VPHC"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
