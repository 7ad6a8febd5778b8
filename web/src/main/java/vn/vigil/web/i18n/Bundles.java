package vn.vigil.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.vigil.core.api.DomainException;

/** Resolves message keys of the UI bundles; used by pages, REST problem bodies and validation messages. */
public final class Bundles {

    public static final String BASE = "vn.vigil.web.i18n.AllMessages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Bundles() {}

    /** Vietnamese unless the person chose English. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE, supported(locale), Bundles.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof String s && bundle.containsKey("field." + s)
                    ? bundle.getString("field." + s)
                    : args[i];
        }
        return new MessageFormat(pattern, supported(locale)).format(shown);
    }

    /** A business rule's refusal, in the person's language. */
    public static String explain(Locale locale, DomainException e) {
        return text(locale, e.messageKey(), e.arguments());
    }
}
