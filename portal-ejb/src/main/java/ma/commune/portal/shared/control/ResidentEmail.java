package ma.commune.portal.shared.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import ma.commune.portal.shared.entity.OutboxMessage;

/**
 * The email an outbox message becomes: plain text in UTF-8 (Arabic, French, Tifinagh), the subject
 * encoded for mail headers (RFC 2047), the resident's language in {@code Content-Language}, and the sender
 * of the mail session ({@code mail.from}, set from {@code PORTAL_MAIL_FROM} by the server's configuration).
 */
public final class ResidentEmail {

    private ResidentEmail() {
    }

    public static MimeMessage compose(Session session, OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom();
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
        mime.setHeader("Content-Language", message.getLanguage().tag());
        if (message.getReference() != null) {
            // Lets staff match a resident's reply or a bounce to the case; a tracking code is no personal data.
            mime.setHeader("X-Portal-Reference", message.getReference());
        }
        mime.setSentDate(new Date());
        mime.saveChanges();
        return mime;
    }
}
