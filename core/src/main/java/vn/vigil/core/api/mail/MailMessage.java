package vn.vigil.core.api.mail;

import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/**
 * One e-mail, in plain text and in HTML (mail readers show the HTML part and fall back to the text).
 *
 * @param to the recipients' addresses, at least one
 * @param html an HTML fragment for the body; its text must already be escaped
 */
public record MailMessage(List<String> to, String subject, String text, String html) {

    public MailMessage {
        if (to == null || to.isEmpty()) {
            throw new DomainException("validation.required", "to");
        }
        to = to.stream().map(address -> Text.required(address, "to", 254)).toList();
        subject = Text.required(subject, "subject", 200);
        if (text == null || text.isBlank()) {
            throw new DomainException("validation.required", "text");
        }
        if (html == null || html.isBlank()) {
            throw new DomainException("validation.required", "html");
        }
    }
}
