package ma.commune.portal.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two EARs the build makes, read entry by entry, the jars and the WAR inside them too: portal.ear, what
 * a commune deploys, carries no demo (no class, migration or file of it, not its published password), and
 * portal-demo.ear is that same product plus the demo, so that the first check cannot pass on an EAR that
 * simply lost its content. Runs in the build after both EARs exist (the package phase), without a server.
 */
class ProductEarTest {

    /** "demo" as a word of a path or a file name (db/demo/, -demo.jar, V1__demo_content.sql), or a class's DemoX. */
    private static final Pattern DEMO = Pattern.compile("(?<![a-z])demo(?![a-z])|Demo(?![a-z])");

    /** The demo accounts' password, which the README publishes. */
    private static final String DEMO_PASSWORD = "BenGuerir-demo-2026";

    private static Ear product;
    private static Ear demo;

    @BeforeAll
    static void read() throws IOException {
        product = Ear.read(Path.of(System.getProperty("portal.productEar", "target/portal.ear")));
        demo = Ear.read(Path.of(System.getProperty("portal.demoEar", "target/portal-demo.ear")));
    }

    @Test
    void theProductCarriesNoDemoClassMigrationOrFile() {
        List<String> named = product.entries.keySet().stream().filter(name -> DEMO.matcher(name).find()).toList();
        assertEquals(List.of(), named, "portal.ear carries the demo (a workspace built before the demo moved to src/demo"
                + " keeps it in target/classes: build with clean)");
    }

    @Test
    void theProductHoldsNotTheDemoPassword() {
        assertEquals(List.of(), product.holdingThePassword(), "entries of portal.ear that hold the demo accounts' password");
    }

    @Test
    void theProductDeploysItsThreeModulesOnly() {
        assertEquals(List.of("portal-ejb.jar", "portal-batch.jar", "portal-web.war"), product.modules());
    }

    @Test
    void theDemoEarCarriesTheDemo() {
        assertEquals(List.of("portal-ejb.jar", "portal-batch.jar", "portal-batch-demo.jar", "portal-web.war"), demo.modules());
        for (String entry : List.of("lib/portal-ejb-demo.jar!db/demo/V1__demo_content.sql",
                "lib/portal-ejb-demo.jar!db/demo/V13__Demo_cases.class",
                "lib/portal-ejb-demo.jar!db/demo/V14__Demo_accounts.sql",
                "portal-batch-demo.jar!ma/commune/portal/imports/demo/DemoImports.class")) {
            assertTrue(demo.entries.containsKey(entry), "portal-demo.ear has " + entry);
        }
        assertEquals(List.of("lib/portal-ejb-demo.jar!db/demo/V14__Demo_accounts.sql"), demo.holdingThePassword(),
                "the password the README publishes comes with the demo's accounts, and only with them");
    }

    @Test
    void theDemoEarIsTheProductPlusTheDemo() {
        List<String> differing = new ArrayList<>();
        product.entries.forEach((name, digest) -> {
            // The descriptor lists one module more; the modules' manifests name lib/portal-ejb-demo.jar in their Class-Path.
            if (!name.endsWith("META-INF/application.xml") && !name.endsWith("META-INF/MANIFEST.MF")
                    && !Objects.equals(digest, demo.entries.getOrDefault(name, "absent"))) {
                differing.add(name);
            }
        });
        assertEquals(List.of(), differing, "entries of portal.ear that portal-demo.ear lacks or holds otherwise");
        List<String> added = demo.entries.keySet().stream().filter(name -> !product.entries.containsKey(name))
                .filter(name -> !DEMO.matcher(name).find()).toList();
        assertEquals(List.of(), added, "portal-demo.ear adds only the demo to the product");
    }

    /**
     * An EAR's entries, nested archives opened ("portal-ejb.jar!db/migration/V1__identity.sql"), each with its
     * SHA-256; those whose bytes hold the demo password (class files keep string constants in UTF-8 too); and
     * the modules its application.xml declares, in their order.
     */
    private record Ear(Map<String, String> entries, List<String> holdingThePassword, List<String> modules) {

        private static final Pattern MODULE = Pattern.compile("<(?:ejb|web-uri)>([^<]+)</(?:ejb|web-uri)>");
        private static final byte[] PASSWORD = DEMO_PASSWORD.getBytes(StandardCharsets.UTF_8);

        static Ear read(Path file) throws IOException {
            Ear ear = new Ear(new TreeMap<>(), new ArrayList<>(), new ArrayList<>());
            try (InputStream in = Files.newInputStream(file)) {
                ear.add("", in);
            }
            return ear;
        }

        private void add(String prefix, InputStream in) throws IOException {
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = prefix + entry.getName();
                if (entry.isDirectory()) {
                    entries.put(name, "directory");
                    continue;
                }
                byte[] bytes = zip.readAllBytes();
                if (name.endsWith(".jar") || name.endsWith(".war")) {
                    entries.put(name, "archive");
                    add(name + "!", new ByteArrayInputStream(bytes));
                    continue;
                }
                entries.put(name, sha256(bytes));
                if (indexOf(bytes, PASSWORD) >= 0) {
                    holdingThePassword.add(name);
                }
                if (name.equals("META-INF/application.xml")) {
                    Matcher module = MODULE.matcher(new String(bytes, StandardCharsets.UTF_8));
                    while (module.find()) {
                        modules.add(module.group(1));
                    }
                }
            }
        }

        private static int indexOf(byte[] haystack, byte[] needle) {
            outer:
            for (int i = 0; i <= haystack.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
