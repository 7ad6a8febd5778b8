package vn.vigil.web.i18n;

import java.util.Locale;

/** English texts. */
public class AllMessages_en extends MergedMessages {

    public AllMessages_en() {
        super(Locale.ENGLISH);
    }
}
