package ma.commune.portal.shared.control;

import java.io.IOException;

/**
 * Where the outbox hands its SMS: a provider's API in production. The portal ships
 * {@link LoggingSmsGateway} (no provider: the message is recorded as sent); an installation with a
 * provider adds a CDI bean implementing this interface, annotated {@code @Alternative @Priority(...)},
 * and it replaces the default without any other change.
 *
 * <p>An implementation is a plain CDI bean (not an EJB), so that its failure is an attempt to retry and
 * not a rolled-back transaction; it must never log the number or the text (law 09-08).
 */
public interface SmsGateway {

    /**
     * Sends one text message; returns once the provider has accepted it.
     *
     * @param messageId   the outbox message's id, for the provider's and the log's reference
     * @param phoneNumber the recipient in E.164 ({@code +212612345678})
     * @param text        the text, in the resident's language
     * @throws IOException when the provider could not be reached or refused it: the outbox retries later
     */
    void send(long messageId, String phoneNumber, String text) throws IOException;
}
