package vn.vigil.core.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.transaction.Transactional;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.mail.MailMessage;
import vn.vigil.core.api.mail.Mailer;

/**
 * Sends through the server's mail session {@code mail/vigil}; its host, port and sender are server variables. A
 * message with attachments goes as multipart/mixed: the text and HTML alternatives first, then each file.
 */
@ApplicationScoped
public class JakartaMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(JakartaMailer.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    @Resource(lookup = "mail/vigil")
    Session session;

    @Inject
    @ConfigProperty(name = "vigil.mail.enabled", defaultValue = "false")
    boolean enabled;

    protected JakartaMailer() {}

    public JakartaMailer(Session session, boolean enabled) {
        this.session = session;
        this.enabled = enabled;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean send(MailMessage message) {
        if (!enabled) {
            LOG.fine(() -> "Mail is switched off (vigil.mail.enabled); not sending: " + message.subject());
            return false;
        }
        try {
            Transport.send(mime(message));
            LOG.info(() -> "Mail sent to " + message.to().size() + " recipient(s): " + message.subject());
            return true;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail to " + message.to() + " not sent: " + message.subject(), e);
            return false;
        }
    }

    private MimeMessage mime(MailMessage message) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom();
        for (String address : message.to()) {
            mime.addRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
        }
        mime.setSubject(message.subject(), UTF_8);
        mime.setSentDate(Date.from(Instant.now()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), UTF_8, "html");
        MimeMultipart body = new MimeMultipart("alternative", text, html);
        if (message.attachments().isEmpty()) {
            mime.setContent(body);
            return mime;
        }
        MimeBodyPart readable = new MimeBodyPart();
        readable.setContent(body);
        MimeMultipart mixed = new MimeMultipart("mixed", readable);
        for (MailMessage.Attachment attachment : message.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(MimeUtility.encodeText(attachment.fileName(), UTF_8, null));
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        mime.setContent(mixed);
        return mime;
    }
}
