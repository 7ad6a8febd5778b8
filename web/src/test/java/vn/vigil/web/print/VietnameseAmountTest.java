package vn.vigil.web.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sums of đồng written out the way decisions write them. */
class VietnameseAmountTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                   | Không đồng
            1                   | Một đồng
            5                   | Năm đồng
            10                  | Mười đồng
            11                  | Mười một đồng
            14                  | Mười bốn đồng
            15                  | Mười lăm đồng
            20                  | Hai mươi đồng
            21                  | Hai mươi mốt đồng
            24                  | Hai mươi tư đồng
            25                  | Hai mươi lăm đồng
            100                 | Một trăm đồng
            105                 | Một trăm lẻ năm đồng
            110                 | Một trăm mười đồng
            115                 | Một trăm mười lăm đồng
            250000              | Hai trăm năm mươi nghìn đồng
            500000              | Năm trăm nghìn đồng
            1000000             | Một triệu đồng
            1005000             | Một triệu không trăm lẻ năm nghìn đồng
            1000500             | Một triệu năm trăm đồng
            1000050             | Một triệu không trăm năm mươi đồng
            12500000            | Mười hai triệu năm trăm nghìn đồng
            35000000            | Ba mươi lăm triệu đồng
            180000000           | Một trăm tám mươi triệu đồng
            1000000000          | Một tỷ đồng
            1000005000          | Một tỷ không trăm lẻ năm nghìn đồng
            2500000000000       | Hai nghìn năm trăm tỷ đồng
            21031000            | Hai mươi mốt triệu không trăm ba mươi mốt nghìn đồng
            """)
    void aSumReadsAsSpoken(long dong, String words) {
        assertThat(VietnameseAmount.words(dong)).isEqualTo(words);
    }

    @Test
    void figuresHaveDotsBetweenThousands() {
        assertThat(VietnameseAmount.figures(12_500_000L)).isEqualTo("12.500.000");
        assertThat(VietnameseAmount.figures(500L)).isEqualTo("500");
    }

    @Test
    void aNegativeSumIsRefused() {
        assertThatThrownBy(() -> VietnameseAmount.words(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
