package ma.commune.portal.council.web.api;

import java.util.Locale;
import ma.commune.portal.shared.control.PublicAddress;

/**
 * The addresses of the OParl objects, absolute and built on the portal's configured public address
 * (never the Host a client named: the answers are publicly cacheable), so that an object's {@code id} is
 * the URL that returns it. Ids hold only database ids and the commune's code:
 * they stay the same across requests, languages and restarts.
 */
final class OParlUrls {

    static final String PATH = "oparl/v1";

    private final String portal;
    private final String root;
    private final String body;

    OParlUrls(PublicAddress address, String communeCode) {
        this.portal = portalRoot(address);
        this.root = address.of("/api/" + PATH + "/");
        this.body = root + "body/" + bodyKey(communeCode);
    }

    /** The portal's own root (the API lives at {@code <root>api/}), ending with a slash. */
    static String portalRoot(PublicAddress address) {
        return address.of("/");
    }

    /** The body's key in its URL: the commune's short code (seed data), in lower case. */
    static String bodyKey(String communeCode) {
        return communeCode == null ? "commune" : communeCode.trim().toLowerCase(Locale.ROOT);
    }

    String portal(String path) {
        return portal + path;
    }

    String system() {
        return root + "system";
    }

    String bodies() {
        return root + "body";
    }

    String body() {
        return body;
    }

    String list(String name) {
        return body + "/" + name;
    }

    String legislativeTerm(long mandateId) {
        return root + "legislativeTerm/" + mandateId;
    }

    String council(long mandateId) {
        return root + "organization/council-" + mandateId;
    }

    String committee(long committeeId) {
        return root + "organization/committee-" + committeeId;
    }

    String person(long memberId) {
        return root + "person/" + memberId;
    }

    String councilMembership(long memberId) {
        return root + "membership/council-" + memberId;
    }

    String seatMembership(long seatId) {
        return root + "membership/seat-" + seatId;
    }

    String session(long sessionId) {
        return root + "meeting/session-" + sessionId;
    }

    String committeeMeeting(long meetingId) {
        return root + "meeting/committee-" + meetingId;
    }

    String agendaItem(long itemId) {
        return root + "agendaItem/" + itemId;
    }

    String paper(long itemId) {
        return root + "paper/" + itemId;
    }

    String decision(long itemId) {
        return root + "consultation/" + itemId;
    }

    String preparation(long itemId, long meetingId) {
        return root + "consultation/" + itemId + "-committee-" + meetingId;
    }

    /** A file is named by its random key, as on the portal (never its sequential id). */
    String file(String fileKey) {
        return root + "file/" + fileKey;
    }

    String sessionLocation(long sessionId) {
        return root + "location/session-" + sessionId;
    }

    String meetingLocation(long meetingId) {
        return root + "location/committee-" + meetingId;
    }

    /** The public file as the portal serves it. */
    String access(String fileKey) {
        return portal + "files/" + fileKey;
    }

    String sessionPage(long sessionId) {
        return portal + "council/sessions/" + sessionId;
    }

    String meetingPage(long meetingId) {
        return portal + "council/meetings/" + meetingId;
    }

    String committeePage(long committeeId) {
        return portal + "council/committees/" + committeeId;
    }

    String councilPage() {
        return portal + "council";
    }
}
