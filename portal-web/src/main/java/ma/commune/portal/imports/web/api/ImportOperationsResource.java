package ma.commune.portal.imports.web.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.imports.boundary.FileRefused;
import ma.commune.portal.imports.boundary.ImportExecutionView;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.ImportRefused;
import ma.commune.portal.imports.boundary.ImportSource;
import ma.commune.portal.imports.boundary.Imports;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.boundary.Rejection;
import ma.commune.portal.shared.web.Csv;

/**
 * The operations API of the imports ({@code /api/admin/imports}): a script sends a file of the national
 * spending system's export and follows its execution.
 *
 * <p>Who may call it: web.xml lets FINANCE and ADMIN in, authenticated by HTTP Basic or an operations
 * token ({@code PortalAuthenticationMechanism}); {@link Imports}, the imports' boundary, through which every
 * call goes, checks the roles again.
 * Refusals are JSON: {@code {"error": "<key>", "message": "<English text>"}} with their HTTP status.
 */
@Path("admin/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportOperationsResource {

    /** The reject report's rows per database read while it is streamed. */
    private static final int REPORT_PAGE = 1000;
    private static final Pattern FILE_NAME = Pattern.compile("filename\\*?=\\s*(?:UTF-8'')?\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    @EJB
    Imports imports;

    /** The file as the request body ({@code text/csv}, {@code application/octet-stream}); its name from {@code ?name=} or Content-Disposition. */
    @POST
    @Path("{kind}")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public Response upload(@PathParam("kind") String kind, @QueryParam("force") boolean force, @QueryParam("name") String name,
                           @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition, InputStream body) {
        String fileName = name != null && !name.isBlank() ? name : fileNameOf(disposition).orElse(null);
        return start(kind, fileName, body, force);
    }

    /** The file as the form field {@code file} of a {@code multipart/form-data} request (curl {@code -F file=@…}). */
    @POST
    @Path("{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(@PathParam("kind") String kind, @QueryParam("force") boolean force, @QueryParam("name") String name,
                               List<EntityPart> parts) {
        Optional<EntityPart> file = parts == null ? Optional.empty() : parts.stream().filter(p -> "file".equals(p.getName())).findFirst();
        if (file.isEmpty()) {
            return error(Response.Status.BAD_REQUEST, "imports.api.fileMissing", "the form has no field named file");
        }
        String fileName = name != null && !name.isBlank() ? name : file.get().getFileName().orElse(null);
        return start(kind, fileName, file.get().getContent(), force);
    }

    @GET
    @Path("executions/{id}")
    public Response execution(@PathParam("id") long id) {
        return imports.execution(id).map(e -> Response.ok(json(e)).build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, "imports.refused.unknown", "no import execution " + id));
    }

    /** The executions, newest first, a page at a time ({@code ?first=0&size=20}, at most 100). */
    @GET
    @Path("executions")
    public JsonObject executions(@QueryParam("first") int first, @QueryParam("size") int size) {
        int page = size <= 0 ? 20 : Math.min(size, 100);
        var list = Json.createArrayBuilder();
        imports.executions(Math.max(first, 0), page).forEach(e -> list.add(json(e)));
        return Json.createObjectBuilder().add("total", imports.countExecutions()).add("executions", list).build();
    }

    /** The reject report of the execution's job instance as CSV (RFC 4180, UTF-8): line, column, value, reason. */
    @GET
    @Path("executions/{id}/rejections.csv")
    @Produces("text/csv")
    public Response rejections(@PathParam("id") long id) {
        if (imports.execution(id).isEmpty()) {
            return error(Response.Status.NOT_FOUND, "imports.refused.unknown", "no import execution " + id);
        }
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeRejections(imports, id, writer);
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-rejections.csv\"").build();
    }

    /** Restarts a failed or stopped execution from its last checkpoint: 202 with the new execution. */
    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        try {
            return accepted(imports.restart(id));
        } catch (RuntimeException e) {
            return refusal(e);
        }
    }

    /** Asks a running execution to stop after its current chunk: 202 with the execution. */
    @POST
    @Path("executions/{id}/stop")
    public Response stop(@PathParam("id") long id) {
        try {
            imports.stop(id);
            return accepted(id);
        } catch (RuntimeException e) {
            return refusal(e);
        }
    }

    /** Writes the reject report of an execution as CSV (the back office's download uses it too). */
    public static void writeRejections(Imports imports, long executionId, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row("line", "column", "value", "reason");
        for (int first = 0; ; first += REPORT_PAGE) {
            List<Rejection> page = imports.rejections(executionId, first, REPORT_PAGE);
            for (Rejection r : page) {
                csv.row(r.line(), r.column(), r.value(), r.reason().name());
            }
            if (page.size() < REPORT_PAGE) {
                return;
            }
        }
    }

    private Response start(String kindName, String fileName, InputStream content, boolean force) {
        Optional<ImportKind> kind = kind(kindName);
        if (kind.isEmpty()) {
            return error(Response.Status.BAD_REQUEST, "imports.api.unknownKind", "unknown import kind " + kindName
                    + "; one of CREDITS, ENGAGEMENTS, PAIEMENTS, AVIS, ATTRIBUTIONS");
        }
        try {
            return accepted(imports.start(kind.get(), fileName, content, ImportSource.API, force));
        } catch (RuntimeException e) {
            return refusal(e);
        }
    }

    private Response accepted(long executionId) {
        String self = "/api/admin/imports/executions/" + executionId;
        String status = imports.execution(executionId).map(e -> e.status().name()).orElse("STARTING");
        return Response.accepted(Json.createObjectBuilder().add("executionId", executionId).add("status", status).add("self", self).build()).build();
    }

    /** The refusals of the imports as HTTP: what is the caller's to fix, with its status. */
    private static Response refusal(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ImportRefused refused) {
                Response.Status status = switch (refused.key()) {
                    case "imports.refused.unknown" -> Response.Status.NOT_FOUND;
                    default -> Response.Status.CONFLICT;
                };
                return error(status, refused.key(), refused.getMessage());
            }
            if (t instanceof FileRefused file) {
                Response.Status status = file.reason() == Reason.FILE_TOO_LARGE ? Response.Status.REQUEST_ENTITY_TOO_LARGE
                        : Response.Status.BAD_REQUEST;
                return error(status, "imports.reason." + file.reason().name(), file.reason().name()
                        + (file.detail() == null ? "" : ": " + file.detail()));
            }
            if (t instanceof EJBAccessException) {
                return error(Response.Status.FORBIDDEN, "imports.api.forbidden", "FINANCE or ADMIN only");
            }
        }
        throw e;
    }

    private static Response error(Response.Status status, String key, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", key).add("message", message == null ? "" : message).build()).build();
    }

    static Optional<ImportKind> kind(String name) {
        try {
            return Optional.of(ImportKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<String> fileNameOf(String disposition) {
        if (disposition == null) {
            return Optional.empty();
        }
        Matcher m = FILE_NAME.matcher(disposition);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static JsonObject json(ImportExecutionView e) {
        String self = "/api/admin/imports/executions/" + e.executionId();
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("executionId", e.executionId())
                .add("status", e.status().name());
        optional(o, "batchStatus", e.batchStatus());
        o.add("kind", e.kind().name()).add("file", e.fileName()).add("fileId", e.fileId());
        optional(o, "trigger", e.trigger());
        optional(o, "startedBy", e.startedBy());
        o.add("forced", e.forced());
        if (e.restartOf() != null) {
            o.add("restartOf", e.restartOf());
        }
        number(o, "records", e.records());
        number(o, "rejected", e.rejected());
        o.add("inserted", e.inserted()).add("updated", e.updated()).add("unchanged", e.unchanged())
                .add("read", e.read()).add("written", e.written()).add("skipped", e.skipped());
        if (e.refusalReason() != null) {
            JsonObjectBuilder refusal = Json.createObjectBuilder().add("reason", e.refusalReason());
            number(refusal, "line", e.refusalLine());
            optional(refusal, "detail", e.refusalDetail());
            o.add("refusal", refusal);
        } else {
            o.addNull("refusal");
        }
        optional(o, "startedAt", e.startedAt() == null ? null : e.startedAt().toString());
        optional(o, "endedAt", e.endedAt() == null ? null : e.endedAt().toString());
        o.add("restartable", e.restartable()).add("running", e.running());
        JsonObjectBuilder links = Json.createObjectBuilder().add("self", self).add("rejections", self + "/rejections.csv");
        if (e.restartable()) {
            links.add("restart", self + "/restart");
        }
        if (e.running()) {
            links.add("stop", self + "/stop");
        }
        return o.add("links", links).build();
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static void number(JsonObjectBuilder o, String name, Long value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
