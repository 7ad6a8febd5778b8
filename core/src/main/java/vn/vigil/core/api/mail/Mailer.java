package vn.vigil.core.api.mail;

/**
 * Sends notification e-mail. A send runs outside any transaction and never throws into the caller's work: a
 * mail server that is down or refuses a message is logged, and the business action still succeeds. Sending is
 * off unless {@code vigil.mail.enabled} is true.
 */
public interface Mailer {

    /** Returns whether the mail server accepted the message. */
    boolean send(MailMessage message);
}
