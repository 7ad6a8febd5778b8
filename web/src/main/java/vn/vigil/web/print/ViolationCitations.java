package vn.vigil.web.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.vigil.inspection.api.ChargedAct;
import vn.vigil.inspection.api.ViolatorKind;
import vn.vigil.web.i18n.Bundles;

/** The wording the record of violation and the sanction decision share: legal bases, citations, blanks. */
final class ViolationCitations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ViolationCitations() {}

    /** The Law as amended, its implementing decree, then each decree the acts breach, in the order first cited. */
    static List<String> legalBases(List<ChargedAct> acts) {
        List<String> bases = new ArrayList<>(List.of(t("violationPdf.basis.law"), t("violationPdf.basis.guidance")));
        acts.stream()
                .map(ChargedAct::decree)
                .distinct()
                .forEach(decree -> bases.add(t("violationPdf.basis.decree", decree)));
        return bases;
    }

    /** "điểm b khoản 4 Điều 15 Nghị định số 38/2021/NĐ-CP", or without the point when the clause has none. */
    static String citation(ChargedAct act) {
        String article = String.valueOf(act.article());
        String clause = String.valueOf(act.clause());
        return act.point() == null
                ? t("violationPdf.citationNoPoint", clause, article, act.decree())
                : t("violationPdf.citation", act.point(), clause, article, act.decree());
    }

    static String violator(ViolatorKind kind) {
        return t("violationPdf.violator." + kind);
    }

    static String day(LocalDate day) {
        return day == null ? orBlank(null) : DAY.format(day);
    }

    /** The text, or dots to write it in by hand. */
    static String orBlank(String text) {
        return text == null || text.isBlank() ? t("violationPdf.blank") : text;
    }

    static String t(String key, Object... args) {
        return Bundles.text(Bundles.VIETNAMESE, key, args);
    }
}
