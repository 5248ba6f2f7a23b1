package ma.commune.portal.requests.entity;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The statuses of a case and the moves between them. Every case goes received → acknowledged → in
 * progress (→ waiting for the requester) → resolved or rejected (with a reason) → closed; a resident may
 * reopen a resolved case (within 15 days, checked by the case). An access-to-information request (law
 * 31.13) is answered, partially answered or refused (on a ground of article 7), may be extended once,
 * and its answer may be appealed to the head of the commune.
 */
public enum CaseStatus {
    RECEIVED, ACKNOWLEDGED, IN_PROGRESS, WAITING_FOR_REQUESTER, RESOLVED, REJECTED, CLOSED,
    EXTENDED, ANSWERED, PARTIALLY_ANSWERED, REFUSED, APPEALED;

    private static final Map<CaseStatus, Set<CaseStatus>> COMMON = new EnumMap<>(CaseStatus.class);
    private static final Map<CaseStatus, Set<CaseStatus>> INFORMATION = new EnumMap<>(CaseStatus.class);

    static {
        COMMON.put(RECEIVED, EnumSet.of(ACKNOWLEDGED, REJECTED));
        COMMON.put(ACKNOWLEDGED, EnumSet.of(IN_PROGRESS, REJECTED));
        COMMON.put(IN_PROGRESS, EnumSet.of(WAITING_FOR_REQUESTER, RESOLVED, REJECTED));
        COMMON.put(WAITING_FOR_REQUESTER, EnumSet.of(IN_PROGRESS, RESOLVED, REJECTED));
        COMMON.put(RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS));
        COMMON.put(REJECTED, EnumSet.of(CLOSED));
        COMMON.put(CLOSED, EnumSet.noneOf(CaseStatus.class));

        Set<CaseStatus> decided = EnumSet.of(ANSWERED, PARTIALLY_ANSWERED, REFUSED);
        // APPEALED from an open status: the deadline passed without an answer (law 31.13, article 19; the
        // case checks the date). Only the requester appeals (CitizenCase.appeal), never staff.
        INFORMATION.put(RECEIVED, EnumSet.of(ACKNOWLEDGED, REJECTED, APPEALED));
        INFORMATION.put(ACKNOWLEDGED, union(EnumSet.of(IN_PROGRESS, EXTENDED, WAITING_FOR_REQUESTER, REJECTED, APPEALED), decided));
        INFORMATION.put(IN_PROGRESS, union(EnumSet.of(EXTENDED, WAITING_FOR_REQUESTER, REJECTED, APPEALED), decided));
        INFORMATION.put(WAITING_FOR_REQUESTER, union(EnumSet.of(IN_PROGRESS, EXTENDED, APPEALED), decided));
        INFORMATION.put(EXTENDED, union(EnumSet.of(WAITING_FOR_REQUESTER, APPEALED), decided));
        INFORMATION.put(ANSWERED, EnumSet.of(APPEALED, CLOSED));
        INFORMATION.put(PARTIALLY_ANSWERED, EnumSet.of(APPEALED, CLOSED));
        INFORMATION.put(REFUSED, EnumSet.of(APPEALED, CLOSED));
        INFORMATION.put(APPEALED, union(EnumSet.of(CLOSED), decided));
        INFORMATION.put(REJECTED, EnumSet.of(APPEALED, CLOSED));
        INFORMATION.put(CLOSED, EnumSet.noneOf(CaseStatus.class));
    }

    private static Set<CaseStatus> union(Set<CaseStatus> a, Set<CaseStatus> b) {
        Set<CaseStatus> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }

    /** Whether a case of this kind may move from this status to {@code next}. */
    public boolean mayMoveTo(CaseKind kind, CaseStatus next) {
        return (kind == CaseKind.INFORMATION ? INFORMATION : COMMON).getOrDefault(this, Set.of()).contains(next);
    }

    /** The statuses a case of this kind can move to from here (the back office's buttons). */
    public Set<CaseStatus> next(CaseKind kind) {
        Set<CaseStatus> next = (kind == CaseKind.INFORMATION ? INFORMATION : COMMON).get(this);
        Set<CaseStatus> staff = next == null || next.isEmpty() ? EnumSet.noneOf(CaseStatus.class) : EnumSet.copyOf(next);
        // The requester appeals (CitizenCase.appeal); staff never move a case there.
        staff.remove(APPEALED);
        return staff;
    }

    /** The legal clock runs (the case is still owed an answer). Waiting for the requester does not stop it. */
    public boolean isOpen() {
        return this == RECEIVED || this == ACKNOWLEDGED || this == IN_PROGRESS || this == WAITING_FOR_REQUESTER
                || this == EXTENDED || this == APPEALED;
    }

    /** The statuses that answer a case (for "answered on time"). */
    public boolean isAnswer() {
        return this == RESOLVED || this == REJECTED || this == ANSWERED || this == PARTIALLY_ANSWERED || this == REFUSED;
    }

    /** Open311's two states. */
    public String open311() {
        return isOpen() ? "open" : "closed";
    }
}
