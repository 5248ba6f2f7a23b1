package ma.commune.portal.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one address the portal is reached under ({@code PORTAL_PUBLIC_URL} / {@code portal.public-url}),
 * from which every absolute URL it writes is built: feeds, OCDS, OParl, Open311, open data, calendars,
 * receipts, the links in emails and SMS. Never from a request's {@code Host} header: the client chooses
 * that one, and what is written with it is kept by caches and read by others (issue 12, finding 9).
 *
 * <p>Checked once at start-up ({@link PublicAddressAtStartup}): an absolute http or https URL with a
 * host and nothing after it (no path, query or fragment; the portal is deployed at the root), or the
 * deployment fails with a message that names the setting, rather than letting every link of every feed
 * and letter point nowhere.
 */
@ApplicationScoped
public class PublicAddress {

    public static final String SETTING = "portal.public-url";
    public static final String VARIABLE = "PORTAL_PUBLIC_URL";
    public static final String DEFAULT = "http://localhost:8080";

    private URI root;

    @PostConstruct
    void read() {
        root = parse(ConfigProvider.getConfig().getOptionalValue(SETTING, String.class).orElse(DEFAULT));
    }

    /**
     * The address as configured, checked: {@code scheme://host[:port]}, scheme and host in lower case,
     * without a trailing slash. Anything else is refused naming the setting.
     */
    public static URI parse(String configured) {
        String value = configured == null ? "" : configured.strip();
        URI uri;
        try {
            uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (URISyntaxException malformed) {
            throw refused(configured);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean web = scheme.equals("http") || scheme.equals("https");
        if (!web || uri.getHost() == null || uri.getHost().isEmpty() || uri.getRawUserInfo() != null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getPort() == 0 || uri.getPort() > 65535) {
            throw refused(configured);
        }
        return URI.create(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }

    private static IllegalStateException refused(String value) {
        return new IllegalStateException(VARIABLE + " (" + SETTING + ") must be the absolute http or https address the"
                + " portal is reached under, without path, query or fragment, such as https://portail.example.ma; it is: "
                + (value != null && value.contains("@") ? "an address with a user name (not repeated here)" : value));
    }

    /** {@code http(s)://host[:port]}, without a trailing slash. */
    public String root() {
        return root.toString();
    }

    /** The absolute address of {@code path} (which starts with a slash), such as {@code /track?code=...}. */
    public String of(String path) {
        return root() + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * An address the container built from the request (JAX-RS' {@code UriInfo}), moved onto the configured
     * public address: only its path and query are kept.
     */
    public String of(URI asked) {
        return of(asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery()));
    }

    /** The same address for calendar applications ({@code webcal://host[:port]/path}). */
    public String webcal(String path) {
        return "webcal://" + root.getRawAuthority() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The host alone (the domain of the calendar events' UIDs). */
    public String host() {
        return root.getHost();
    }
}
