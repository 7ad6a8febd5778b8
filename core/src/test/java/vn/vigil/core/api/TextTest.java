package vn.vigil.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Folding for diacritic-insensitive search, cleaning and the required/too-long rules every form uses. */
class TextTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Nguyễn Văn Đức              | nguyen van duc",
                "đường                       | duong",
                "ĐỒNG NAI                    | dong nai",
                "Thành phố Hồ Chí Minh       | thanh pho ho chi minh",
                "Thừa Thiên Huế              | thua thien hue",
                "Phường Tân Phú (Đồng Xoài)  | phuong tan phu (dong xoai)",
                "'  Biên   Hòa  '            | bien hoa",
                "Ơn Ưng Ỷ Ỹ                  | on ung y y",
                "bien hoa                    | bien hoa",
                "Xã Bù Gia Mập               | xa bu gia map",
            })
    void foldsVietnamese(String text, String folded) {
        assertThat(Text.fold(text)).isEqualTo(folded);
    }

    @Test
    void foldsComposedAndDecomposedInputAlike() {
        String composed = Normalizer.normalize("Nguyễn Văn Đức", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("Nguyễn Văn Đức", Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(Text.fold(decomposed)).isEqualTo(Text.fold(composed)).isEqualTo("nguyen van duc");
    }

    @Test
    void foldsNothingToNothing() {
        assertThat(Text.fold(null)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" cleans to \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "'  Sở Y tế  '      | Sở Y tế",
                "'Sở   Y\t\ttế'     | Sở Y tế",
                "Công an tỉnh       | Công an tỉnh",
            })
    void cleansWhitespace(String text, String cleaned) {
        assertThat(Text.clean(text)).isEqualTo(cleaned);
    }

    @Test
    void cleanJoinsLinesWithOneSpace() {
        assertThat(Text.clean("Ấp 3,\r\n  xã Tân Lập\n")).isEqualTo("Ấp 3, xã Tân Lập");
    }

    @ParameterizedTest(name = "\"{0}\" cleans to null")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n "})
    void cleansBlankToNull(String text) {
        assertThat(Text.clean(text)).isNull();
    }

    @Test
    void cleanComposesDecomposedText() {
        String decomposed = Normalizer.normalize("Nguyễn", Normalizer.Form.NFD);

        assertThat(Text.clean(decomposed)).isEqualTo(Normalizer.normalize("Nguyễn", Normalizer.Form.NFC));
    }

    @Test
    void requiredReturnsTheCleanedValue() {
        assertThat(Text.required("  Sở   Tư pháp ", "name", 200)).isEqualTo("Sở Tư pháp");
    }

    @ParameterizedTest(name = "\"{0}\" is missing")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void requiredRefusesMissingValues(String value) {
        assertThatThrownBy(() -> Text.required(value, "name", 10)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("validation.required");
            assertThat(e.arguments()).containsExactly("name");
        });
    }

    @Test
    void requiredMeasuresLengthAfterCleaning() {
        assertThat(Text.required("   abc   ", "code", 3)).isEqualTo("abc");
        assertThat(Text.required("a    b", "code", 3)).isEqualTo("a b");
    }

    @Test
    void requiredRefusesTooLongValues() {
        assertThatThrownBy(() -> Text.required("abcd", "code", 3)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("validation.tooLong");
            assertThat(e.arguments()).containsExactly("code", 3);
        });
    }

    @Test
    void maxLengthLetsNullAndShortValuesThrough() {
        assertThat(Text.maxLength(null, "email", 5)).isNull();
        assertThat(Text.maxLength("12345", "email", 5)).isEqualTo("12345");
        assertThatThrownBy(() -> Text.maxLength("123456", "email", 5))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.tooLong");
                    assertThat(e.arguments()).containsExactly("email", 5);
                });
    }

    @Test
    void dropsControlCharactersAndHalvesOfCharactersButKeepsEverythingElse() {
        assertThat(Text.clean("Karaoke\u0000 Hoa\u001b[31m Sen\u0085")).isEqualTo("Karaoke Hoa[31m Sen");
        assertThat(Text.clean("\u0000\u0007")).isNull();
        assertThat(Text.clean("Lan \ud83d")).isEqualTo("Lan");
        assertThat(Text.clean("Lan 👩‍👧 Hà\tNội\r\nĐồng Nai")).isEqualTo("Lan 👩‍👧 Hà Nội Đồng Nai");
        assertThat(Text.fold("Đức\u0000")).isEqualTo("duc");
        assertThat(Text.withoutControls("dòng 1\ndòng 2\u0000")).isEqualTo("dòng 1\ndòng 2");
    }
}
