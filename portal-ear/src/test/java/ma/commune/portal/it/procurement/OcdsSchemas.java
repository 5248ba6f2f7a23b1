package ma.commune.portal.it.procurement;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import com.networknt.schema.resource.DisallowSchemaLoader;
import com.networknt.schema.resource.InputStreamSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The official OCDS 1.1 schemas, read from disk only: {@code ../shared/schemas/ocds-1.1/} beside the
 * repository when it exists, otherwise the repository's copy {@code schemas/ocds-1.1/}. The schemas name
 * each other by their published addresses ({@code https://standard.open-contracting.org/schema/1__1__5/...});
 * every such address is served from the folder, and any other — or a file the folder lacks — is refused,
 * so an unresolved {@code $ref} fails the test instead of being fetched from the network. Client side only.
 */
final class OcdsSchemas {

    static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    static final String RELEASE_PACKAGE = "release-package-schema.json";
    static final String RECORD_PACKAGE = "record-package-schema.json";
    static final String RELEASE = "release-schema.json";

    private final Path directory = directory();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
            .schemaLoaders(loaders -> loaders.values(list -> {
                list.clear();
                list.add(iri -> local(iri.toString()));
                // Nothing past the folder: without this, the library would fall back to the classpath and the network.
                list.add(DisallowSchemaLoader.getInstance());
            })));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    static Path directory() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        if (root == null) {
            fail("no repository root (a folder with mvnw) above " + Path.of("").toAbsolutePath());
        }
        Path schemas = root.resolve("../shared/schemas/ocds-1.1").normalize();
        if (!Files.isRegularFile(schemas.resolve(RELEASE))) {
            schemas = root.resolve("schemas/ocds-1.1");
        }
        if (!Files.isRegularFile(schemas.resolve(RELEASE))) {
            fail("the OCDS 1.1 schemas are missing: expected " + schemas + "/" + RELEASE);
        }
        return schemas;
    }

    private InputStreamSource local(String iri) {
        if (iri.startsWith("classpath:draft-04/")) {
            // JSON Schema's own draft-04 meta-schema, shipped inside the validator.
            return new ClasspathSchemaLoader().getSchema(AbsoluteIri.of(iri));
        }
        if (!iri.startsWith(BASE)) {
            return null;
        }
        String name = iri.substring(BASE.length());
        int fragment = name.indexOf('#');
        Path file = directory.resolve(fragment < 0 ? name : name.substring(0, fragment));
        if (name.contains("/") || !Files.isRegularFile(file)) {
            return null;
        }
        return () -> Files.newInputStream(file);
    }

    /** A schema by its published address, every reference resolved now (so that a missing one fails here). */
    JsonSchema schema(String iri) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(iri), config);
        schema.initializeValidators();
        return schema;
    }

    /** A schema given inline (the negative tests), with the same loading rules. */
    JsonSchema schema(JsonNode document) {
        JsonSchema schema = factory.getSchema(document, config);
        schema.initializeValidators();
        return schema;
    }

    Set<ValidationMessage> validate(String schemaFile, JsonNode json) {
        return schema(BASE + schemaFile).validate(json);
    }

    void assertValid(String schemaFile, JsonNode json, String what) {
        Set<ValidationMessage> errors = validate(schemaFile, json);
        org.junit.jupiter.api.Assertions.assertTrue(errors.isEmpty(), what + " is valid against " + schemaFile + ": " + errors);
    }

    void assertUnresolvable(JsonNode schema, JsonNode instance, String what) {
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> schema(schema).validate(instance), what);
    }

    Path folder() {
        return directory;
    }
}
