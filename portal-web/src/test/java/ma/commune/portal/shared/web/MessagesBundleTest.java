package ma.commune.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The interface texts exist in the three languages under the same keys, each key once: a key missing in
 * one language would show its name to residents, and a repeated one (easily left by merging branches)
 * silently hides one of the two texts.
 */
class MessagesBundleTest {

    private static List<String> keys(String file) throws IOException {
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/ma/commune/portal/i18n/" + file)) {
            List<String> keys = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                    keys.add(line.substring(0, line.indexOf('=')).strip());
                }
            }
            return keys;
        }
    }

    @Test
    void everyKeyIsWrittenOnceInEachLanguage() throws IOException {
        Set<String> arabic = new TreeSet<>(keys("messages.properties"));
        for (String file : List.of("messages.properties", "messages_fr.properties", "messages_zgh.properties")) {
            List<String> keys = keys(file);
            Set<String> seen = new TreeSet<>();
            List<String> repeated = keys.stream().filter(key -> !seen.add(key)).toList();
            assertTrue(repeated.isEmpty(), file + " repeats " + repeated);
            assertEquals(arabic, seen, file + " has the same keys as the Arabic bundle");
        }
    }
}
