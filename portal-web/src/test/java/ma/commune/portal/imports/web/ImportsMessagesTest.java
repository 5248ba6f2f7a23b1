package ma.commune.portal.imports.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.ImportStatus;
import ma.commune.portal.imports.boundary.Reason;
import org.junit.jupiter.api.Test;

/** Every refusal reason, kind, execution status and refusal key of the imports is worded in the three languages. */
class ImportsMessagesTest {

    @Test
    void everyReasonKindStatusAndRefusalHasItsWords() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_fr.properties", "messages_zgh.properties"}) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/ma/commune/portal/i18n/" + file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Reason r : Reason.values()) {
                assertTrue(p.containsKey("imports.reason." + r.name()), file + ": imports.reason." + r.name());
            }
            for (ImportKind k : ImportKind.values()) {
                assertTrue(p.containsKey("imports.kind." + k.name()), file + ": imports.kind." + k.name());
            }
            for (ImportStatus s : ImportStatus.values()) {
                assertTrue(p.containsKey("imports.status." + s.name()), file + ": imports.status." + s.name());
            }
            for (String key : new String[] {"alreadyImported", "running", "unknown", "notRestartable", "notRunningHere"}) {
                assertTrue(p.containsKey("imports.refused." + key), file + ": imports.refused." + key);
            }
        }
    }
}
