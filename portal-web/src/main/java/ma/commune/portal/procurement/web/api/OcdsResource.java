package ma.commune.portal.procurement.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import ma.commune.portal.procurement.boundary.OpenContracting;
import ma.commune.portal.shared.CommuneTime;
import ma.commune.portal.shared.Language;
import ma.commune.portal.shared.control.PublicAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OCDS 1.1 at {@code /api/ocds/}: {@code releases} (a release package of every contracting process, a
 * page at a time, oldest first, with {@code links.next} while more follow), {@code releases/{ocid}} (the
 * release package of one process) and {@code records/{ocid}} (its record package, with the compiled
 * release). OCDS 1.1 packages have no paging field of their own; {@code links.next}/{@code links.prev}
 * follow the standard's guidance for APIs (and the 1.2 packages). Errors are JSON:
 * {@code {"type": "NotFound|BadRequest", "message": "..."}}, in Arabic or, with {@code ?lang=fr}, French.
 */
@Path("ocds")
@RequestScoped
@Produces(OcdsResource.JSON)
public class OcdsResource {

    static final String JSON = "application/json; charset=utf-8";
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    @EJB
    OpenContracting contracting;

    @Inject
    @ConfigProperty(name = "portal.ocds.license", defaultValue = "https://creativecommons.org/licenses/by/4.0/")
    String license;

    /** Where the commune says what it publishes, when and how; by default its open-data page. */
    @Inject
    @ConfigProperty(name = "portal.ocds.publication-policy")
    Optional<String> publicationPolicy;

    @Context
    UriInfo uri;

    /** Every absolute address of a package is on the configured public address: packages are publicly cached. */
    @Inject
    PublicAddress address;

    @QueryParam("lang")
    String lang;

    @GET
    @Path("releases")
    public Response releases(@QueryParam("page") String page, @QueryParam("limit") String limit) {
        int number = number(page, 1);
        int size = Math.min(number(limit, DEFAULT_LIMIT), MAX_LIMIT);
        long first = (long) (number - 1) * size;
        if (first > Integer.MAX_VALUE) {
            throw problem(Response.Status.NOT_FOUND, text("ocds.api.error.pageOutOfRange", number));
        }
        OpenContracting.Page releases = contracting.releases((int) first, size);
        if (releases.releases().isEmpty() && number > 1) {
            throw problem(Response.Status.NOT_FOUND, text("ocds.api.error.pageOutOfRange", number));
        }
        JsonObjectBuilder links = Json.createObjectBuilder();
        if (releases.more()) {
            links.add("next", pageUrl(number + 1));
        }
        if (number > 1) {
            links.add("prev", pageUrl(number - 1));
        }
        JsonObjectBuilder json = releasePackage(releases.releases(), address.of(uri.getRequestUri()));
        JsonObject built = links.build();
        if (!built.isEmpty()) {
            json.add("links", built);
        }
        return send(json.build());
    }

    @GET
    @Path("releases/{ocid}")
    public Response release(@PathParam("ocid") String ocid) {
        JsonObject release = contracting.release(ocid).orElseThrow(this::notFound);
        return send(releasePackage(List.of(release), address.of(uri.getRequestUri())).build());
    }

    @GET
    @Path("records/{ocid}")
    public Response record(@PathParam("ocid") String ocid) {
        List<JsonObject> releaseAndCompiled = contracting.releaseAndCompiled(ocid).orElseThrow(this::notFound);
        JsonObject release = releaseAndCompiled.get(0);
        String releasePackage = address.of(uri.getBaseUriBuilder().path("ocds/releases/{ocid}").build(ocid));
        JsonObjectBuilder json = metadata(address.of(uri.getRequestUri()), release.getString("date"))
                .add("packages", Json.createArrayBuilder().add(releasePackage))
                .add("records", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("ocid", release.getString("ocid"))
                        .add("releases", Json.createArrayBuilder().add(release))
                        .add("compiledRelease", releaseAndCompiled.get(1))));
        return send(json.build());
    }

    /** Anything else under {@code /api/ocds/}: a JSON 404. */
    @GET
    @Path("{any: .*}")
    public Response unknown() {
        throw notFound();
    }

    private JsonObjectBuilder releasePackage(List<JsonObject> releases, String self) {
        String latest = releases.stream().map(r -> r.getString("date")).max((a, b) -> OffsetDateTime.parse(a).compareTo(OffsetDateTime.parse(b)))
                .orElse(null);
        JsonArrayBuilder array = Json.createArrayBuilder();
        releases.forEach(array::add);
        return metadata(self, latest).add("releases", array);
    }

    /**
     * What every package says about itself. Its date is that of its latest release, so that an unchanged
     * package reads the same on every request (and caches well); an empty one is dated now.
     */
    private JsonObjectBuilder metadata(String self, String latest) {
        String site = site();
        String published = latest != null ? latest
                : Instant.now().truncatedTo(ChronoUnit.SECONDS).atZone(CommuneTime.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return Json.createObjectBuilder()
                .add("uri", self)
                .add("version", "1.1")
                .add("publishedDate", published)
                .add("publisher", Json.createObjectBuilder().add("name", contracting.publisherName()).add("uri", site))
                .add("license", license.strip())
                .add("publicationPolicy", publicationPolicy.filter(policy -> !policy.isBlank()).map(String::strip).orElse(site + "open-data"));
    }

    /** The portal's own address, ending with a slash. */
    private String site() {
        return address.of("/");
    }

    private String pageUrl(int page) {
        return address.of(uri.getRequestUriBuilder().replaceQueryParam("page", page).build());
    }

    private int number(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException notNumber) {
            // answered below
        }
        throw problem(Response.Status.BAD_REQUEST, text("ocds.api.error.badNumber", value));
    }

    private WebApplicationException notFound() {
        return problem(Response.Status.NOT_FOUND, text("ocds.api.error.notFound"));
    }

    private static WebApplicationException problem(Response.Status status, String message) {
        byte[] body = Json.createObjectBuilder()
                .add("type", status == Response.Status.NOT_FOUND ? "NotFound" : "BadRequest")
                .add("message", message)
                .build().toString().getBytes(StandardCharsets.UTF_8);
        return new WebApplicationException(Response.status(status).type(JSON).entity(body).build());
    }

    private String text(String key, Object... arguments) {
        Language language = Language.FR.tag().equalsIgnoreCase(lang == null ? "" : lang.trim()) ? Language.FR : Language.AR;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("ma.commune.portal.i18n.messages", language.locale()).getString(key);
        } catch (MissingResourceException missing) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.formattingLocale()).format(arguments);
    }

    private static Response send(JsonObject json) {
        return Response.ok(json.toString().getBytes(StandardCharsets.UTF_8), JSON)
                .header("Cache-Control", "public, max-age=60").build();
    }
}
