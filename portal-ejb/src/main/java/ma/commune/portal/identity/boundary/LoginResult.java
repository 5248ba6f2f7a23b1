package ma.commune.portal.identity.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.util.Set;

/**
 * What a login attempt gives: the caller and its roles, or nothing. Why a login failed (unknown
 * user, wrong password, inactive, too many attempts) is not told to the person: one generic message for
 * all. {@code retryAfter} is set only when the attempt was refused before its password was checked (the
 * pace of {@link ma.commune.portal.identity.entity.LoginPace}), for the operations API's 429.
 */
public record LoginResult(boolean valid, String username, Set<String> roles, Duration retryAfter) implements Serializable {

    public LoginResult(boolean valid, String username, Set<String> roles) {
        this(valid, username, roles, null);
    }

    public static LoginResult refused() {
        return new LoginResult(false, null, Set.of(), null);
    }

    /** Refused without a look at the password: try again after {@code wait}. */
    public static LoginResult throttled(Duration wait) {
        return new LoginResult(false, null, Set.of(), wait);
    }

    public boolean isThrottled() {
        return retryAfter != null;
    }
}
