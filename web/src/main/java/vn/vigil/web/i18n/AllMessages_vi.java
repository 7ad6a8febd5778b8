package vn.vigil.web.i18n;

import java.util.Locale;

/** Vietnamese texts, the default language of Vigil. */
public class AllMessages_vi extends MergedMessages {

    public AllMessages_vi() {
        super(Locale.forLanguageTag("vi"));
    }
}
