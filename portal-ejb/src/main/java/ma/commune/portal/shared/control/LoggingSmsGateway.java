package ma.commune.portal.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * The demo's SMS gateway: the commune has no SMS provider yet, so a message is only recorded as sent
 * (the outbox keeps its text, which administrators read in the back office). One log line, with the
 * message's id and neither the number nor the text.
 */
@ApplicationScoped
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class.getName());

    @Override
    public void send(long messageId, String phoneNumber, String text) {
        LOG.info(() -> "SMS of outbox message " + messageId + " recorded as sent (no SMS provider configured)");
    }
}
