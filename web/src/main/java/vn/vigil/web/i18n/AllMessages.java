package vn.vigil.web.i18n;

import java.util.Locale;

/** Fallback for a locale Vigil does not offer: Vietnamese. */
public class AllMessages extends MergedMessages {

    public AllMessages() {
        super(Locale.forLanguageTag("vi"));
    }
}
