package ma.commune.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the pages and the code name exists in the bundle: {@code Messages.text} shows a missing key's
 * name to the resident instead of failing, so a renamed or mistyped key would go unnoticed. Keys written
 * whole are looked up; a prefix completed at run time ({@code msg['requests.status.'.concat(s)]},
 * {@code "procurement.tenderStatus." + status}) must start at least one key.
 */
class MessageKeysUsedTest {

    /** A key in EL ({@code msg['x.y']}, {@code msg['x.'.concat(…)]}) or in Java ({@code "x.y"} given to a message API). */
    private static final Pattern IN_PAGES = Pattern.compile("msg\\['([a-zA-Z][A-Za-z0-9_.]*)'(\\.concat)?");
    private static final Pattern IN_JAVA = Pattern.compile(
            "(?:Messages\\.\\w+\\((?:\"[^\"]*\",\\s*)?|DomainRuleViolation\\(|texts\\.getString\\()\"([a-zA-Z][A-Za-z0-9_.]*)\"(\\s*\\+)?");

    private static Set<String> bundleKeys() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = MessageKeysUsedTest.class.getResourceAsStream("/ma/commune/portal/i18n/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle.stringPropertyNames();
    }

    private static Set<String> missing(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher used = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (used.find()) {
                    String key = used.group(1);
                    boolean prefix = used.group(2) != null || key.endsWith(".");
                    boolean known = prefix ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
                    if (!known) {
                        missing.add(root.relativize(file) + ": " + key);
                    }
                }
            }
        }
        return missing;
    }

    @Test
    void everyKeyThePagesNameIsInTheBundle() throws IOException {
        Set<String> missing = missing(Path.of("src/main/webapp"), ".xhtml", IN_PAGES, bundleKeys());
        assertTrue(missing.isEmpty(), "keys the pages name but the bundle lacks: " + missing);
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Set<String> keys = bundleKeys();
        Set<String> missing = new TreeSet<>();
        for (String module : List.of("src/main/java", "../portal-ejb/src/main/java", "../portal-domain/src/main/java")) {
            missing.addAll(missing(Path.of(module), ".java", IN_JAVA, keys));
        }
        assertTrue(missing.isEmpty(), "keys the code names but the bundle lacks: " + missing);
    }
}
