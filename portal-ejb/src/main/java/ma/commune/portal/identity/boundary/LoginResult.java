package ma.commune.portal.identity.boundary;

import java.io.Serializable;
import java.util.Set;

/**
 * What a login attempt gives: the caller and its roles, or nothing. Why a login failed (unknown
 * user, wrong password, locked, inactive) is not told to the person: one generic message for all.
 */
public record LoginResult(boolean valid, String username, Set<String> roles) implements Serializable {

    public static LoginResult refused() {
        return new LoginResult(false, null, Set.of());
    }
}
