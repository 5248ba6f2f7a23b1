package ma.commune.portal.council.boundary;

import java.io.Serializable;
import java.time.Instant;
import ma.commune.portal.council.entity.SessionKind;
import ma.commune.portal.shared.LocalizedText;

/** When, where and how a session (or committee meeting) is held, as the secretariat enters it. */
public record SessionPlan(SessionKind kind, Instant startsAt, Instant endsAt, LocalizedText place, boolean open)
        implements Serializable {
}
