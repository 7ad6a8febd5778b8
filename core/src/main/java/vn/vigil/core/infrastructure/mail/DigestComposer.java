package vn.vigil.core.infrastructure.mail;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.vigil.core.api.mail.DigestItem;
import vn.vigil.core.api.mail.MailMessage;

/** Turns the day's digest items into one e-mail per recipient, items grouped by section and sorted by deadline. */
public final class DigestComposer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Comparator<DigestItem> BY_DUE = Comparator.comparing(
                    DigestItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DigestItem::text);

    private final ResourceBundle texts;

    public DigestComposer(Locale locale) {
        // no fallback to the JVM's default locale: the base bundle is the Vietnamese one
        this.texts = ResourceBundle.getBundle(
                "vn.vigil.core.infrastructure.mail.digest",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public List<MailMessage> compose(LocalDate today, List<DigestItem> items) {
        Map<String, List<DigestItem>> byRecipient = items.stream()
                .collect(Collectors.groupingBy(
                        item -> item.recipient().toLowerCase(Locale.ROOT), TreeMap::new, Collectors.toList()));
        return byRecipient.values().stream().map(own -> message(today, own)).toList();
    }

    private MailMessage message(LocalDate today, List<DigestItem> items) {
        Map<String, List<DigestItem>> sections = items.stream()
                .sorted(BY_DUE)
                .collect(Collectors.groupingBy(DigestItem::section, LinkedHashMap::new, Collectors.toList()));
        String day = DAY.format(today);
        StringBuilder text = new StringBuilder(format("digest.greeting", day)).append("\n");
        StringBuilder html = new StringBuilder("<p>")
                .append(escape(format("digest.greeting", day)))
                .append("</p>");
        sections.forEach((section, own) -> {
            text.append('\n').append(section).append('\n');
            html.append("<h3>").append(escape(section)).append("</h3><ul>");
            for (DigestItem item : own) {
                String line = line(item);
                text.append("- ").append(line).append('\n');
                html.append("<li>").append(escape(line)).append("</li>");
            }
            html.append("</ul>");
        });
        text.append('\n').append(texts.getString("digest.footer")).append('\n');
        html.append("<p>").append(escape(texts.getString("digest.footer"))).append("</p>");
        return new MailMessage(
                List.of(items.get(0).recipient()),
                format("digest.subject", day, items.size()),
                text.toString(),
                html.toString());
    }

    private String line(DigestItem item) {
        return item.due() == null ? item.text() : format("digest.item.due", item.text(), DAY.format(item.due()));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
