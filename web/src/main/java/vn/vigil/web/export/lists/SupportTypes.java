package vn.vigil.web.export.lists;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vigil.victim.api.SupportCatalogue;
import vn.vigil.victim.api.SupportTypeView;

/** Support types by letter, named as the pages name them ("a — Hỗ trợ nhu cầu thiết yếu"), read once per export. */
final class SupportTypes {

    private final Map<String, SupportTypeView> byCode;

    SupportTypes(SupportCatalogue catalogue) {
        byCode = catalogue.supportTypes().stream().collect(Collectors.toMap(SupportTypeView::code, t -> t));
    }

    String name(String code, Locale locale) {
        SupportTypeView type = byCode.get(code);
        return type == null ? code : code + " — " + type.name(locale.getLanguage());
    }
}
