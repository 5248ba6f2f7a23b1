package ma.commune.portal.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for the submission throttle, the pace of staff logins and the
 * track page's contact checks. It is the connection's
 * address, unless that is one of the reverse proxies named in {@code PORTAL_REQUESTS_TRUSTED_PROXIES}
 * (comma-separated addresses): then the proxy's {@code X-Forwarded-For} is read from the right, skipping
 * the trusted proxies, so that a client cannot choose its own address by sending the header itself.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "portal.requests.trusted-proxies")
    Optional<String> trustedProxies;

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
    }

    private Set<String> trusted() {
        return trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    static String resolve(String remote, String forwardedFor, Set<String> trusted) {
        if (remote == null || !trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remote;
    }
}
