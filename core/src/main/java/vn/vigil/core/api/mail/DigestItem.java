package vn.vigil.core.api.mail;

import java.time.LocalDate;
import vn.vigil.core.api.Text;

/**
 * One line of a recipient's daily digest, in Vietnamese (the recipients' language).
 *
 * @param recipient the e-mail address of the person to tell
 * @param section the heading it is listed under, e.g. "Hồ sơ vi phạm quá hạn"
 * @param text what is due, e.g. "Quyết định xử phạt hồ sơ VP-2026-0012 (Karaoke Ánh Dương)"
 * @param due its deadline, or null
 */
public record DigestItem(String recipient, String section, String text, LocalDate due) {

    public DigestItem {
        recipient = Text.required(recipient, "recipient", 254);
        section = Text.required(section, "section", 200);
        text = Text.required(text, "text", 1000);
    }
}
