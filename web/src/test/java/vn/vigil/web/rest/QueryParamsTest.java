package vn.vigil.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.unit.UnitLevel;

/** Query parameters that cannot be read are refused with a message naming them, never a 404 or a 500. */
class QueryParamsTest {

    @Test
    void readsAnIsoDayAndTreatsBlankAsAbsent() {
        assertThat(QueryParams.day("validOn", "2025-07-01")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(QueryParams.day("validOn", " 2025-07-01 ")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(QueryParams.day("validOn", null)).isNull();
        assertThat(QueryParams.day("validOn", "  ")).isNull();
    }

    @Test
    void refusesADayThatIsNotIso() {
        for (String wrong : new String[] {"01/07/2025", "2025-02-30", "2025-13-01", "tomorrow"}) {
            assertThatThrownBy(() -> QueryParams.day("validOn", wrong))
                    .as(wrong)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("api.dateInvalid");
                        assertThat(e.arguments()).containsExactly("validOn", wrong);
                    });
        }
    }

    @Test
    void readsWholeNumbersWithADefault() {
        assertThat(QueryParams.integer("page", null, 0)).isZero();
        assertThat(QueryParams.integer("size", "50", 25)).isEqualTo(50);
        assertThat(QueryParams.id("parentId", "34")).isEqualTo(34L);
        assertThat(QueryParams.id("parentId", "")).isNull();
        assertThatThrownBy(() -> QueryParams.integer("page", "1.5", 0))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("api.numberInvalid"));
        assertThatThrownBy(() -> QueryParams.id("parentId", "abc"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("api.numberInvalid"));
    }

    @Test
    void readsAChoiceIgnoringCaseAndListsTheChoicesWhenWrong() {
        assertThat(QueryParams.choice(UnitLevel.class, "level", "commune")).isEqualTo(UnitLevel.COMMUNE);
        assertThat(QueryParams.choice(UnitLevel.class, "level", null)).isNull();
        assertThatThrownBy(() -> QueryParams.choice(UnitLevel.class, "level", "ward"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("api.choiceInvalid");
                    assertThat(e.arguments()).containsExactly("level", "ward", "PROVINCE, DISTRICT, COMMUNE, VILLAGE");
                });
    }
}
