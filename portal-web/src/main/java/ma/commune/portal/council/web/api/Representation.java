package ma.commune.portal.council.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;

/**
 * A response of the council's feeds and API with the validators that let calendar clients and harvesters
 * poll cheaply: an ETag computed from the bytes (so any change, even one no timestamp records, is a new
 * tag) and, when known, Last-Modified. {@code If-None-Match} is honoured first; {@code If-Modified-Since}
 * only when the client sent no tag (RFC 9110, 13.2.2).
 */
final class Representation {

    private Representation() {
    }

    static Response of(byte[] body, String mediaType, Instant lastModified, HttpHeaders request, String cacheControl) {
        String etag = "W/\"" + digest(body) + "\"";
        Instant modified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
        Response.ResponseBuilder response;
        if (notModified(request, etag, modified)) {
            response = Response.notModified();
        } else {
            response = Response.ok(body, mediaType);
        }
        response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, "Accept-Encoding");
        if (modified != null) {
            response.lastModified(Date.from(modified));
        }
        return response.build();
    }

    private static boolean notModified(HttpHeaders request, String etag, Instant modified) {
        String tags = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (tags != null) {
            for (String tag : tags.split(",")) {
                String t = tag.trim();
                if (t.equals("*") || weak(t).equals(weak(etag))) {
                    return true;
                }
            }
            return false;
        }
        String since = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (since == null || modified == null) {
            return false;
        }
        try {
            Instant client = ZonedDateTime.parse(since.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !modified.isAfter(client);
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }

    /** Tags compare weakly: a cache may have stripped or added the W/ prefix. */
    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A plain-text answer (the calendar's 404), in UTF-8. */
    static Response text(Response.Status status, String message) {
        return Response.status(status).type("text/plain; charset=utf-8")
                .entity((message + "\n").getBytes(StandardCharsets.UTF_8)).build();
    }
}
