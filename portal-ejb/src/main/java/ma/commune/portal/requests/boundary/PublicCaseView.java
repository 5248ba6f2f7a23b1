package ma.commune.portal.requests.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ma.commune.portal.requests.entity.CaseEvent;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.RefusalGround;
import ma.commune.portal.shared.LocalizedText;

/**
 * What anyone holding a tracking code sees of a case: never the requester's name, contact or ID, and the
 * resident's own description only once an agent reviewed it ({@code null} before).
 */
public record PublicCaseView(String trackingCode, CaseKind kind, CaseStatus status, LocalizedText category,
                             LocalizedText department, Instant receivedAt, Instant dueAt, boolean extended,
                             RefusalGround refusalGround, String description, List<Line> history) implements Serializable {

    /** A public line of the history: a status change (with its reason), an answer, an extension notice. */
    public record Line(Instant at, CaseEvent.Type type, CaseStatus status, String text) implements Serializable {
    }
}
