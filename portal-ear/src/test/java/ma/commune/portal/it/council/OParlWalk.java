package ma.commune.portal.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ma.commune.portal.it.support.Browserless;

/**
 * A client that walks the OParl API from its {@code system} as a harvester would: every list page by page
 * through its {@code next} links, every object at its own URL, and each one — embedded objects included —
 * checked against the OParl 1.1 JSON schema of its type (in {@code ../shared/schemas/oparl-1.1/} beside
 * the repository). The schemas name embedded objects' schema in a non-standard {@code "schema"} hint and
 * mark URLs with {@code "references"}: both are followed here by hand. Client side only (the libraries
 * are test dependencies, not in the deployment).
 */
final class OParlWalk {

    static final String TYPE_PREFIX = "https://schema.oparl.org/1.1/";

    private final Browserless browser = new Browserless();
    private final ObjectMapper mapper = new ObjectMapper();
    private final Path schemaDirectory = schemaDirectory();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private final Map<String, JsonNode> schemaDocuments = new HashMap<>();

    private final Deque<String> objectsToVisit = new ArrayDeque<>();
    private final Deque<String> listsToVisit = new ArrayDeque<>();
    private final Set<String> queued = new LinkedHashSet<>();

    /** Every object fetched at its own URL, by id. */
    final Map<String, JsonNode> objects = new LinkedHashMap<>();
    /** How many objects of each type were checked against their schema (embedded ones included). */
    final Map<String, Integer> validated = new TreeMap<>();
    /** The public HTML pages named by {@code web}, and every other URL emitted outside the API (files, website). */
    final Set<String> webPages = new LinkedHashSet<>();
    final Set<String> otherUrls = new LinkedHashSet<>();
    final Set<String> lists = new LinkedHashSet<>();

    /**
     * The official OParl schemas: {@code <repository>/../shared/schemas/oparl-1.1/} when the shared folder is
     * beside the repository, otherwise the repository's copy {@code <repository>/schemas/oparl-1.1/}.
     */
    static Path schemaDirectory() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            fail("no repository root (a folder with mvnw) above the test's working directory " + Path.of("").toAbsolutePath());
        }
        Path schemas = directory.resolve("../shared/schemas/oparl-1.1").normalize();
        if (!Files.isRegularFile(schemas.resolve("System.json"))) {
            schemas = directory.resolve("schemas/oparl-1.1");
        }
        if (!Files.isRegularFile(schemas.resolve("System.json"))) {
            fail("the OParl 1.1 schemas are missing: expected " + schemas + "/System.json");
        }
        return schemas;
    }

    void walk(String systemUrl) throws Exception {
        visitObject(systemUrl);
        while (!objectsToVisit.isEmpty() || !listsToVisit.isEmpty()) {
            if (!listsToVisit.isEmpty()) {
                visitList(listsToVisit.pop());
            } else {
                visitObject(objectsToVisit.pop());
            }
        }
        for (String url : otherUrls) {
            assertEquals(200, get(url).statusCode(), "an emitted URL answers: " + url);
        }
    }

    JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertEquals(200, response.statusCode(), url + " answers: " + response.body());
        assertEquals("application/json;charset=utf-8",
                response.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""), url);
        return mapper.readTree(response.body());
    }

    HttpResponse<String> get(String url) throws Exception {
        URI uri = URI.create(url);
        assertTrue(url.startsWith(Browserless.BASE + "/"), "an absolute URL of the portal: " + url);
        return browser.get(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private void visitObject(String url) throws Exception {
        if (objects.containsKey(url)) {
            return;
        }
        JsonNode object = getJson(url);
        assertEquals(url, object.path("id").asText(), "an object's id is its own URL");
        objects.put(url, object);
        check(object, null);
    }

    private void visitList(String first) throws Exception {
        String url = first;
        int page = 1;
        Set<String> ids = new LinkedHashSet<>();
        long total = -1;
        while (url != null) {
            JsonNode list = getJson(url);
            lists.add(url);
            for (String required : new String[]{"data", "pagination", "links"}) {
                assertTrue(list.has(required), url + " has " + required);
            }
            JsonNode pagination = list.get("pagination");
            total = pagination.path("totalElements").asLong(-1);
            assertEquals(page, pagination.path("currentPage").asInt(), url);
            assertTrue(pagination.path("elementsPerPage").asInt() > 0, url);
            assertTrue(pagination.path("totalPages").asInt() >= page, url);
            assertTrue(list.path("links").has("self") && list.path("links").has("first") && list.path("links").has("last"), url);
            for (JsonNode object : list.get("data")) {
                String id = object.path("id").asText();
                assertTrue(ids.add(id), "each object once in " + first + ": " + id);
                check(object, null);
                queueObject(id);
            }
            url = list.path("links").has("next") ? list.path("links").path("next").asText() : null;
            page++;
        }
        assertEquals(total, ids.size(), "the pages of " + first + " hold every element once");
    }

    /** Validates an object against its type's schema, then its embedded objects the same way, and queues its URLs. */
    private void check(JsonNode object, String expectedSchema) {
        String type = object.path("type").asText();
        assertTrue(type.startsWith(TYPE_PREFIX), "an OParl type: " + type);
        String name = type.substring(TYPE_PREFIX.length());
        if (expectedSchema != null) {
            assertEquals(expectedSchema, name + ".json", "the embedded object's type in " + object);
        }
        Set<ValidationMessage> errors = schema(name).validate(object);
        assertTrue(errors.isEmpty(), name + " " + object.path("id").asText() + " is valid OParl 1.1: " + errors);
        assertFalse(object.path("deleted").asBoolean(true), "deleted is false: " + object.path("id"));
        for (String date : new String[]{"created", "modified"}) {
            assertTrue(object.has(date), name + " has " + date + ": " + object.path("id"));
            assertNotNull(OffsetDateTime.parse(object.get(date).asText()), "ISO 8601 with an offset");
        }
        validated.merge(name, 1, Integer::sum);
        JsonNode properties = schemaDocument(name).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = properties.path(field.getKey());
            JsonNode value = field.getValue();
            if (property.isMissingNode()) {
                continue;
            }
            if (property.has("schema") && value.isObject()) {
                check(value, property.get("schema").asText());
                queueObject(value.path("id").asText());
            } else if (property.path("items").has("schema") && value.isArray() && !"url".equals(property.path("format").asText())) {
                for (JsonNode element : value) {
                    check(element, property.path("items").path("schema").asText());
                    queueObject(element.path("id").asText());
                }
            } else if ("url".equals(property.path("format").asText()) && value.isTextual()) {
                url(field.getKey(), value.asText(), "externalList".equals(property.path("references").asText()));
            } else if ("url".equals(property.path("items").path("format").asText()) && value.isArray()) {
                for (JsonNode element : value) {
                    url(field.getKey(), element.asText(), false);
                }
            }
        }
    }

    private void url(String property, String url, boolean list) {
        URI uri = URI.create(url);
        assertTrue(uri.isAbsolute() && uri.getScheme().startsWith("http"), property + " is an absolute URL: " + url);
        if ("web".equals(property)) {
            webPages.add(url);
        } else if (list) {
            if (queued.add(url)) {
                listsToVisit.add(url);
            }
        } else if (url.startsWith(Browserless.BASE + "/api/oparl/")) {
            queueObject(url);
        } else {
            otherUrls.add(url);
        }
    }

    private void queueObject(String url) {
        if (queued.add(url)) {
            objectsToVisit.add(url);
        }
    }

    private JsonSchema schema(String name) {
        return schemas.computeIfAbsent(name, n -> factory.getSchema(schemaDocument(n), config));
    }

    private JsonNode schemaDocument(String name) {
        return schemaDocuments.computeIfAbsent(name, n -> {
            Path file = schemaDirectory.resolve(n + ".json");
            if (!Files.isRegularFile(file)) {
                fail("no OParl schema for the type " + n + " (" + file + ")");
            }
            try {
                return mapper.readTree(file.toFile());
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
    }
}
