package vn.vigil.web.export.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vigil.inspection.api.RuleUnit;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.api.ViolationRuleView;
import vn.vigil.victim.api.FundingSourceKind;
import vn.vigil.victim.api.FundingSourceView;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.i18n.Bundles;

/** The headers and the named values of the exported lists read as words in both languages, never as bundle keys. */
class ListColumnsTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    @Test
    void everyHeaderHasATextInBothLanguages() {
        Stream.of(
                        BusinessLinesExport.COLUMNS,
                        FundingSourcesExport.COLUMNS,
                        ViolationRulesExport.COLUMNS,
                        OpenVictimCasesExport.COLUMNS,
                        PeriodicReportsExport.COLUMNS,
                        ChecklistsExport.COLUMNS,
                        IdentityGrantsExport.COLUMNS,
                        IndicatorReferralsExport.COLUMNS,
                        VisitSuggestionsExport.COLUMNS)
                .flatMap(List::stream)
                .map(ExportColumn::headerKey)
                .forEach(key -> LANGUAGES.forEach(locale -> assertThat(Bundles.text(locale, key))
                        .as("%s in %s", key, locale)
                        .isNotEqualTo(key)));
    }

    @Test
    void everyRuleCodeAndUnitIsNamed() {
        for (ViolationRuleCode code : ViolationRuleCode.values()) {
            for (RuleUnit unit : RuleUnit.values()) {
                ViolationRuleView rule =
                        new ViolationRuleView(1, code, 2, unit, "Điều 59", LocalDate.of(2026, 1, 1), null, 0);
                assertNamed(ViolationRulesExport.COLUMNS.get(0), rule, "violations.rule.");
                assertNamed(ViolationRulesExport.COLUMNS.get(2), rule, "cases.admin.rules.unit.");
            }
        }
    }

    @Test
    void everyFundingSourceKindIsNamed() {
        for (FundingSourceKind kind : FundingSourceKind.values()) {
            assertNamed(
                    FundingSourcesExport.COLUMNS.get(1),
                    new FundingSourceView(1, 0, kind, "Ngân sách tỉnh", true),
                    "funds.sourceKind.");
        }
    }

    private static <T> void assertNamed(ExportColumn<T> column, T row, String keyPrefix) {
        for (Locale locale : LANGUAGES) {
            assertThat(String.valueOf(column.cell().of(row, locale)))
                    .as("%s in %s", column.headerKey(), locale)
                    .doesNotStartWith(keyPrefix);
        }
    }
}
