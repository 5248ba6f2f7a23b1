package ma.commune.portal.council.web;

import java.io.Serializable;
import ma.commune.portal.council.entity.CouncilMember;
import ma.commune.portal.council.entity.Presence;
import ma.commune.portal.shared.LocalizedText;

/** One member on an attendance sheet, and whether they were present, excused or absent. */
public class AttendanceLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long memberId;
    private final LocalizedText name;
    private final String role;
    private Presence presence;

    AttendanceLine(CouncilMember member, String role, Presence presence) {
        this.memberId = member.getId();
        this.name = member.getName();
        this.role = role;
        this.presence = presence;
    }

    public long getMemberId() {
        return memberId;
    }

    public LocalizedText getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public Presence getPresence() {
        return presence;
    }

    public void setPresence(Presence presence) {
        this.presence = presence;
    }
}
