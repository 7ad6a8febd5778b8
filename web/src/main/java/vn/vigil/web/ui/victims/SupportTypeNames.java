package vn.vigil.web.ui.victims;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vigil.victim.api.SupportCatalogue;
import vn.vigil.victim.api.SupportTypeView;
import vn.vigil.web.ui.LocaleBean;

/** Support types by letter, named in the viewer's language: "a — Hỗ trợ nhu cầu thiết yếu…". */
@Named
@RequestScoped
public class SupportTypeNames {

    @Inject
    SupportCatalogue catalogue;

    @Inject
    LocaleBean locale;

    private List<SupportTypeView> types;
    private Map<String, SupportTypeView> byCode;

    public List<SupportTypeView> getAll() {
        load();
        return types;
    }

    public String of(String code) {
        load();
        SupportTypeView type = byCode.get(code);
        return type == null ? code : code + " — " + type.name(locale.getLanguage());
    }

    private void load() {
        if (types == null) {
            types = catalogue.supportTypes();
            byCode = types.stream().collect(Collectors.toMap(SupportTypeView::code, Function.identity()));
        }
    }
}
