package ma.commune.portal.shared;

import java.time.ZoneId;

/** Where the commune's clocks are read: instants are stored in UTC and shown in Morocco's zone. */
public final class CommuneTime {

    /** The JDK's rules for this zone know Morocco's changes of hour around Ramadan. */
    public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

    private CommuneTime() {
    }
}
