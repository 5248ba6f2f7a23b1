package ma.commune.portal.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ma.commune.portal.shared.DomainRuleViolation;
import ma.commune.portal.shared.boundary.Outbox;
import ma.commune.portal.shared.boundary.OutboxSender;
import ma.commune.portal.shared.entity.OutboxChannel;
import ma.commune.portal.shared.entity.OutboxMessage;
import ma.commune.portal.shared.entity.OutboxStatus;
import ma.commune.portal.shared.web.Messages;
import ma.commune.portal.shared.web.PagedModel;

/**
 * Administrators see what the outbox sent and what is pending (DESIGN, "Rules that hold everywhere"),
 * find a case's messages by its tracking code, and send a failed message again. Administrators only:
 * web.xml guards the page, {@link Outbox} every call.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Outbox outbox;

    @EJB
    OutboxSender sender;

    private PagedModel<OutboxMessage> messages;

    private Map<String, Long> counts;

    @PostConstruct
    void init() {
        Outbox service = outbox;
        messages = new PagedModel<>(page -> service.search(page), page -> service.count(page), m -> m.getId().toString());
    }

    public PagedModel<OutboxMessage> getMessages() {
        return messages;
    }

    /** By status name (EL looks maps up by string). */
    public Map<String, Long> getCounts() {
        if (counts == null) {
            counts = new java.util.HashMap<>();
            outbox.countByStatus().forEach((status, count) -> counts.put(status.name(), count));
        }
        return counts;
    }

    public List<OutboxStatus> getStatuses() {
        return List.of(OutboxStatus.values());
    }

    public List<OutboxChannel> getChannels() {
        return List.of(OutboxChannel.values());
    }

    /** Queues the failed message again, then runs the sender at once rather than at its next half-minute. */
    public void sendAgain(long id) {
        try {
            outbox.sendAgain(id);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
            return;
        }
        sender.sendDue();
        counts = null;
        Messages.info("outbox.sentAgain");
    }
}
