package vn.vigil.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.calendar.HolidayKind;
import vn.vigil.core.api.unit.UnitKind;
import vn.vigil.core.api.unit.UnitLevel;

/** The administration texts exist in both languages, for every unit level, unit kind and holiday kind. */
class AdminTextsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("admin_en").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("admin_vi").stringPropertyNames());
    }

    @Test
    void everyEnumShownOnTheScreensHasALabel() throws IOException {
        Properties vi = load("admin_vi");
        Arrays.stream(UnitLevel.values()).forEach(l -> assertThat(vi).containsKey("unitLevel." + l));
        Arrays.stream(UnitKind.values()).forEach(k -> assertThat(vi).containsKey("unitKind." + k));
        Arrays.stream(HolidayKind.values()).forEach(k -> assertThat(vi).containsKey("holidayKind." + k));
    }

    @Test
    void daysInMessagesAreWrittenAsPeopleWriteThem() {
        LocalDate day = LocalDate.of(2026, 9, 2);

        assertThat(Bundles.text(Bundles.VIETNAMESE, "holiday.dayTaken", day))
                .isEqualTo("Ngày 02/09/2026 đã có trong lịch.");
        assertThat(Bundles.text(Bundles.ENGLISH, "holiday.dayTaken", day))
                .isEqualTo("02/09/2026 is already in the calendar.");
    }

    @Test
    void recordNamesInConflictsAreTranslated() {
        assertThat(Bundles.text(Bundles.VIETNAMESE, "error.conflict", "AdministrativeUnit"))
                .startsWith("Bản ghi đơn vị hành chính vừa được người khác thay đổi.");
        assertThat(Bundles.text(Bundles.ENGLISH, "error.notFound", "Holiday", "7"))
                .isEqualTo("No holiday with id 7.");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AdminTextsTest.class.getResourceAsStream(name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
