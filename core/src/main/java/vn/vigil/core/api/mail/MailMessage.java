package vn.vigil.core.api.mail;

import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/**
 * One e-mail, in plain text and in HTML (mail readers show the HTML part and fall back to the text), with files
 * attached or none.
 *
 * @param to the recipients' addresses, at least one
 * @param html an HTML fragment for the body; its text must already be escaped
 * @param attachments files sent with it (a report as XLSX or PDF), in this order
 */
public record MailMessage(List<String> to, String subject, String text, String html, List<Attachment> attachments) {

    /** The most a message may carry in attachments: mail servers commonly refuse messages above 10–25 MB. */
    public static final int MAX_ATTACHED_BYTES = 10 * 1024 * 1024;

    /** A file sent with a message: its name as the reader sees it, its MIME type and its bytes. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            fileName = Text.required(fileName, "fileName", 200);
            contentType = Text.required(contentType, "contentType", 200);
            if (content == null) {
                throw new DomainException("validation.required", "content");
            }
        }
    }

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
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        long bytes = attachments.stream().mapToLong(a -> a.content().length).sum();
        if (bytes > MAX_ATTACHED_BYTES) {
            throw new DomainException("mail.attachments.tooLarge", MAX_ATTACHED_BYTES / (1024 * 1024));
        }
    }

    /** A message without attachments. */
    public MailMessage(List<String> to, String subject, String text, String html) {
        this(to, subject, text, html, List.of());
    }
}
