package vn.vigil.victim.domain;

import java.util.List;
import java.util.Set;
import vn.vigil.victim.api.CaseFacts;
import vn.vigil.victim.api.PersonRole;
import vn.vigil.victim.api.PersonStatus;
import vn.vigil.victim.api.SupportEligibility;

/**
 * Which support types of Art. 37 (Law 53/2024/QH15) a protected person may receive, from their status and role:
 *
 * <ul>
 *   <li>Vietnamese verified victim: a–k;
 *   <li>accompanying minor (of a case not found "not a victim"): a–h;
 *   <li>victim under verification abroad: a–d; under verification in Vietnam: a–g;
 *   <li>relative of a victim: d, đ, g (legal information, legal aid, psychological support) — a project decision,
 *       as the relatives' support is the protection and counselling the law gives them, not material support;
 *   <li>a person found not to be a victim: nothing;
 *   <li>a foreigner: only a, b, c, d, đ, g out of the above, and each case by case (with a justification).
 * </ul>
 */
public final class Eligibility {

    /** The support types in the law's order (Vietnamese alphabet: đ after d, no f). */
    public static final List<String> TYPES = List.of("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k");

    static final Set<String> ALL = Set.copyOf(TYPES);
    static final Set<String> A_TO_H = Set.of("a", "b", "c", "d", "đ", "e", "g", "h");
    static final Set<String> A_TO_G = Set.of("a", "b", "c", "d", "đ", "e", "g");
    static final Set<String> A_TO_D = Set.of("a", "b", "c", "d");
    static final Set<String> RELATIVE = Set.of("d", "đ", "g");
    static final Set<String> FOREIGNER = Set.of("a", "b", "c", "d", "đ", "g");

    private Eligibility() {}

    public static SupportEligibility of(CaseFacts facts, String supportType) {
        if (!base(facts).contains(supportType)) {
            return SupportEligibility.NOT_ALLOWED;
        }
        if (facts.foreigner()) {
            return FOREIGNER.contains(supportType) ? SupportEligibility.CASE_BY_CASE : SupportEligibility.NOT_ALLOWED;
        }
        return SupportEligibility.ALLOWED;
    }

    private static Set<String> base(CaseFacts facts) {
        if (facts.personStatus() == PersonStatus.NOT_A_VICTIM) {
            return Set.of();
        }
        if (facts.personRole() == PersonRole.ACCOMPANYING_MINOR) {
            return A_TO_H;
        }
        if (facts.personRole() == PersonRole.RELATIVE) {
            return RELATIVE;
        }
        if (facts.personStatus() == PersonStatus.VERIFIED_VICTIM) {
            return ALL;
        }
        return facts.verifiedAbroad() ? A_TO_D : A_TO_G;
    }
}
