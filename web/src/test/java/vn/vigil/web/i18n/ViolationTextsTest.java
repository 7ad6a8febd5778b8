package vn.vigil.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.NotYetAvailable;
import vn.vigil.inspection.api.RuleUnit;
import vn.vigil.inspection.api.ViolationRuleCode;

/** Refusals of the violation part read as sentences in both languages: no rule code, no message key shows. */
class ViolationTextsTest {

    @ParameterizedTest
    @EnumSource(ViolationRuleCode.class)
    void aMissingRuleIsNamedInWordsNeverByItsCode(ViolationRuleCode rule) {
        for (Locale locale : new Locale[] {Bundles.VIETNAMESE, Bundles.ENGLISH}) {
            String text = Bundles.explain(
                    locale, new DomainException("violationRule.noneInForce", rule.field(), LocalDate.of(2026, 3, 2)));
            assertThat(text)
                    .as(locale + " " + rule)
                    .doesNotContain(rule.name())
                    .doesNotContain("violationRule.")
                    .contains("02/03/2026");
        }
    }

    @ParameterizedTest
    @EnumSource(RuleUnit.class)
    void aRuleUnitIsNamedInWords(RuleUnit unit) {
        DomainException refusal = new DomainException("violationRule.notAPeriod", "violationRule.unit." + unit);
        assertThat(Bundles.explain(Bundles.VIETNAMESE, refusal))
                .doesNotContain(unit.name())
                .doesNotContain("violationRule.");
        assertThat(Bundles.explain(Bundles.ENGLISH, refusal)).doesNotContain("violationRule.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"violationCase.noCaseForVisit", "violationCase.noRecordYet", "violationCase.noDecisionYet"})
    void whatIsNotThereYetHasAMessageOfItsOwn(String key) {
        String text = Bundles.explain(Bundles.VIETNAMESE, new NotYetAvailable(key, 12L));
        assertThat(text).doesNotContain(key).doesNotContain("Không tìm thấy");
    }
}
