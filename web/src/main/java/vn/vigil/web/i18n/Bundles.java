package vn.vigil.web.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.vigil.core.api.DomainException;

/** Resolves message keys of the UI bundles; used by pages, REST problem bodies and validation messages. */
public final class Bundles {

    public static final String BASE = "vn.vigil.web.i18n.AllMessages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
            shown[i] = shown(bundle, args[i]);
        }
        return new MessageFormat(pattern, supported(locale)).format(shown);
    }

    /** A field name in the person's language, a day as people write it (dd/MM/yyyy), anything else as is. */
    private static Object shown(ResourceBundle bundle, Object arg) {
        if (arg instanceof String s && bundle.containsKey("field." + s)) {
            return bundle.getString("field." + s);
        }
        if (arg instanceof LocalDate day) {
            return DAY.format(day);
        }
        return arg;
    }

    /** A business rule's refusal, in the person's language. */
    public static String explain(Locale locale, DomainException e) {
        return text(locale, e.messageKey(), e.arguments());
    }
}
