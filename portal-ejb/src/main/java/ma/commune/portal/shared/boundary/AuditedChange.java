package ma.commune.portal.shared.boundary;

import java.util.Map;

/**
 * A change made in a {@code shared} service that goes into the back office's audit log. The log is
 * the {@code identity} component's ({@code AuditLog}), which every component above {@code shared}
 * calls directly; {@code shared} serves them all and knows none, so it fires this event instead, and
 * the log observes it synchronously, in the transaction of the change: both land together or not at all.
 *
 * @param before the state before (field to value), null for a creation
 * @param after the state after, null for a deletion
 */
public record AuditedChange(String action, String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after) {
}
