package ma.commune.portal.council.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import ma.commune.portal.council.boundary.CouncilOpenData.Changes;
import ma.commune.portal.shared.CommuneTime;

/**
 * What a client asks of an OParl list — the page, its size, the change filters — read strictly: a value
 * that cannot be understood is a 400 that says which and why, never a silently ignored filter (a harvester
 * would then take a partial list for the whole). OParl has no error format; ours is
 * {@code {"type": "...", "message": "..."}}.
 */
record OParlQuery(int page, int limit, Changes changes) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    static OParlQuery of(ApiText text, String page, String limit, String modifiedSince, String modifiedUntil,
                         String createdSince, String createdUntil) {
        return new OParlQuery(number(text, page, 1, Integer.MAX_VALUE), number(text, limit, DEFAULT_LIMIT, MAX_LIMIT),
                new Changes(instant(text, modifiedSince), instant(text, modifiedUntil), instant(text, createdSince), instant(text, createdUntil)));
    }

    int first() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * limit);
    }

    private static int number(ApiText text, String value, int absent, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1) {
                return Math.min(number, max);
            }
        } catch (NumberFormatException notNumber) {
            // answered below
        }
        throw problem(Response.Status.BAD_REQUEST, text.text("council.api.error.badNumber", value));
    }

    /**
     * An ISO 8601 instant: with its offset ({@code 2025-05-01T10:00:00+01:00}, {@code ...Z}), or a local
     * date-time or date, read in the commune's time zone. A {@code +} that reached us as a space (an
     * unencoded query string) is read as the {@code +} it was.
     */
    static Instant instant(ApiText text, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String iso = value.trim().replace(' ', '+');
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(iso).atZone(CommuneTime.ZONE).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(iso).atStartOfDay(CommuneTime.ZONE).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw problem(Response.Status.BAD_REQUEST, text.text("council.api.error.badDate", value));
                }
            }
        }
    }

    /** A database id in a URL; none for anything else (which is then not found). */
    static Optional<Long> id(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    static WebApplicationException problem(Response.Status status, String message) {
        byte[] body = Json.createObjectBuilder()
                .add("type", status == Response.Status.NOT_FOUND ? "NotFound" : "BadRequest")
                .add("message", message)
                .build().toString().getBytes(StandardCharsets.UTF_8);
        return new WebApplicationException(Response.status(status).type(OParlResource.JSON).entity(body).build());
    }
}
