package vn.vigil.victim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vigil.victim.api.SupportEligibility.ALLOWED;
import static vn.vigil.victim.api.SupportEligibility.CASE_BY_CASE;
import static vn.vigil.victim.api.SupportEligibility.NOT_ALLOWED;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vigil.victim.api.CaseFacts;
import vn.vigil.victim.api.PersonRole;
import vn.vigil.victim.api.PersonStatus;
import vn.vigil.victim.api.SupportEligibility;

/**
 * Eligibility by status, role, nationality and place of verification (Art. 37, Law 53/2024/QH15): one row per
 * person profile, one column per support type a, b, c, d, đ, e, g, h, i, k ('+' allowed, '?' case by case,
 * '-' not allowed).
 */
class EligibilityTest {

    static Stream<Arguments> table() {
        return Stream.of(
                row(
                        "Vietnamese verified victim",
                        PersonStatus.VERIFIED_VICTIM,
                        PersonRole.VICTIM,
                        "VN",
                        false,
                        "++++++++++"),
                row(
                        "Vietnamese verified victim, verified abroad",
                        PersonStatus.VERIFIED_VICTIM,
                        PersonRole.VICTIM,
                        "VN",
                        true,
                        "++++++++++"),
                row(
                        "accompanying minor",
                        PersonStatus.VERIFIED_VICTIM,
                        PersonRole.ACCOMPANYING_MINOR,
                        "VN",
                        false,
                        "++++++++--"),
                row(
                        "accompanying minor under verification",
                        PersonStatus.UNDER_VERIFICATION,
                        PersonRole.ACCOMPANYING_MINOR,
                        "VN",
                        false,
                        "++++++++--"),
                row(
                        "under verification abroad",
                        PersonStatus.UNDER_VERIFICATION,
                        PersonRole.VICTIM,
                        "VN",
                        true,
                        "++++------"),
                row(
                        "under verification in Vietnam",
                        PersonStatus.UNDER_VERIFICATION,
                        PersonRole.VICTIM,
                        "VN",
                        false,
                        "+++++++---"),
                row(
                        "foreign verified victim",
                        PersonStatus.VERIFIED_VICTIM,
                        PersonRole.VICTIM,
                        "LA",
                        false,
                        "?????-?---"),
                row(
                        "foreign victim under verification in Vietnam",
                        PersonStatus.UNDER_VERIFICATION,
                        PersonRole.VICTIM,
                        "CN",
                        false,
                        "?????-?---"),
                row(
                        "foreign victim under verification abroad",
                        PersonStatus.UNDER_VERIFICATION,
                        PersonRole.VICTIM,
                        "KH",
                        true,
                        "????------"),
                row(
                        "foreign accompanying minor",
                        PersonStatus.VERIFIED_VICTIM,
                        PersonRole.ACCOMPANYING_MINOR,
                        "LA",
                        false,
                        "?????-?---"),
                row("relative", PersonStatus.VERIFIED_VICTIM, PersonRole.RELATIVE, "VN", false, "---++-+---"),
                row(
                        "relative under verification",
                        PersonStatus.UNDER_VERIFICATION,
                        PersonRole.RELATIVE,
                        "VN",
                        false,
                        "---++-+---"),
                row("foreign relative", PersonStatus.VERIFIED_VICTIM, PersonRole.RELATIVE, "MM", false, "---??-?---"),
                row("not a victim", PersonStatus.NOT_A_VICTIM, PersonRole.VICTIM, "VN", false, "----------"),
                row("not a victim, foreign", PersonStatus.NOT_A_VICTIM, PersonRole.VICTIM, "LA", false, "----------"),
                row(
                        "not a victim, accompanying minor",
                        PersonStatus.NOT_A_VICTIM,
                        PersonRole.ACCOMPANYING_MINOR,
                        "VN",
                        false,
                        "----------"),
                row(
                        "not a victim, relative",
                        PersonStatus.NOT_A_VICTIM,
                        PersonRole.RELATIVE,
                        "VN",
                        false,
                        "----------"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void followsTheLaw(String profile, CaseFacts facts, String expected) {
        StringBuilder actual = new StringBuilder();
        for (String type : Eligibility.TYPES) {
            actual.append(symbol(Eligibility.of(facts, type)));
        }
        assertThat(actual.toString())
                .as(profile + " for types " + Eligibility.TYPES)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void refusesTypesOutsideTheLaw(String profile, CaseFacts facts, String expected) {
        assertThat(Eligibility.of(facts, "f")).isEqualTo(NOT_ALLOWED);
        assertThat(Eligibility.of(facts, "l")).isEqualTo(NOT_ALLOWED);
    }

    private static Arguments row(
            String profile, PersonStatus status, PersonRole role, String nationality, boolean abroad, String cells) {
        CaseFacts facts = new CaseFacts(
                1, "NN-1", true, status, role, abroad, nationality, "caseworker", LocalDate.of(2026, 11, 2));
        return Arguments.of(profile, facts, cells);
    }

    private static char symbol(SupportEligibility e) {
        return e == ALLOWED ? '+' : e == CASE_BY_CASE ? '?' : '-';
    }
}
