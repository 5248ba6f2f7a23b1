package ma.commune.portal.requests.boundary;

import java.io.Serializable;
import java.time.Instant;
import ma.commune.portal.requests.entity.CaseKind;
import ma.commune.portal.requests.entity.CaseStatus;
import ma.commune.portal.requests.entity.CitizenCase;
import ma.commune.portal.shared.LocalizedText;

/**
 * One line of a staff inbox: no personal data of the requester, only what an agent needs to pick the next
 * case, with its deadline flag (a class with getters: the pages' EL reads no record).
 */
public final class InboxRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a case stands against its deadline. */
    public enum Flag { OVERDUE, DUE_SOON }

    private final String trackingCode;
    private final CaseKind kind;
    private final String categoryCode;
    private final LocalizedText category;
    private final String departmentCode;
    private final LocalizedText department;
    private final CaseStatus status;
    private final Instant receivedAt;
    private final Instant dueAt;
    private final String assignee;
    private final Flag flag;

    InboxRow(CitizenCase c, Instant now, Instant dueSoonLimit) {
        this.trackingCode = c.getTrackingCode();
        this.kind = c.getKind();
        this.categoryCode = c.getCategory() == null ? null : c.getCategory().getCode();
        this.category = c.getCategory() == null ? null : c.getCategory().getName();
        this.departmentCode = c.getDepartment().getCode();
        this.department = c.getDepartment().getName();
        this.status = c.getStatus();
        this.receivedAt = c.getReceivedAt();
        this.dueAt = c.getDueAt();
        this.assignee = c.getAssignee();
        this.flag = flagOf(c, now, dueSoonLimit);
    }

    static Flag flagOf(CitizenCase c, Instant now, Instant dueSoonLimit) {
        if (!c.getStatus().isOpen()) {
            return null;
        }
        if (now.isAfter(c.getDueAt())) {
            return Flag.OVERDUE;
        }
        return c.getDueAt().isAfter(dueSoonLimit) ? null : Flag.DUE_SOON;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public CaseKind getKind() {
        return kind;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public LocalizedText getCategory() {
        return category;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public LocalizedText getDepartment() {
        return department;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public Flag getFlag() {
        return flag;
    }

    public boolean isOverdue() {
        return flag == Flag.OVERDUE;
    }

    public boolean isDueSoon() {
        return flag == Flag.DUE_SOON;
    }
}
