package ma.commune.portal.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application under test is the real EAR the build produced, the demo's ({@code portal-demo.ear}: the
 * product plus Ben Guerir's content, accounts and imports, which the tests use); the tests ride inside its
 * web module.
 * One deployment per test class: keep the classes few and meaningful (about 20 s per deployment here).
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive portal(Class<?>... testClasses) {
        EnterpriseArchive ear = portalAsIs();
        WebArchive web = ear.getAsType(WebArchive.class, "portal-web.war");
        // Arquillian's test runner servlet must not be taken for an extension-less page (OmniFaces MultiViews).
        String webXml = new String(readAll(web.get("WEB-INF/web.xml").getAsset().openStream()), StandardCharsets.UTF_8)
                .replace("!/health", "!/health, !/ArquillianServletRunnerEE9");
        web.delete("WEB-INF/web.xml");
        web.setWebXML(new StringAsset(webXml));
        // In-container tests that speak HTTP (Browserless) learn the server's port from the build through this file.
        web.addAsResource(new StringAsset("it.httpPort=" + System.getProperty("it.httpPort", "28080") + "\n"), Browserless.PORT_FILE);
        web.addClasses(testClasses).addClasses(Deployments.class, RunAs.class, RunAs.AsAdmin.class, RunAs.AsSecretariat.class, RunAs.AsEditor.class, RunAs.AsFinance.class, Browserless.class, RawHttp.class,
                DemoRun.class, ImportRuns.class);
        // The run-as beans of the tests name their principal explicitly: left to Payara, a run-as role other
        // than ADMIN got a principal named after the role, which no mapping grants the role.
        web.addAsWebInfResource(new StringAsset(glassfishEjbJar(Map.of("AsAdmin", "system:ADMIN", "AsEditor", "system:EDITOR",
                "AsSecretariat", "system:SECRETARIAT", "AsFinance", "system:FINANCE"))), "glassfish-ejb-jar.xml");
        ear.delete("portal-web.war");
        ear.addAsModule(web);
        return ear;
    }

    /**
     * The portal with libraries of the test's own in its web module, and run-as beans of the test acting as
     * named staff: each bean's principal ({@code beans}: EJB name to principal) is mapped to its role in
     * this deployment only ({@code roles}: role to principals), so that services find the account of that
     * name, and its department, as they do for a person logged in.
     */
    public static EnterpriseArchive portalWithStaff(File[] libraries, Map<String, String> beans, Map<String, List<String>> roles,
                                                    Class<?>... testClasses) {
        EnterpriseArchive ear = portal(testClasses);
        WebArchive web = ear.getAsType(WebArchive.class, "portal-web.war");
        web.addAsLibraries(libraries);
        Map<String, String> all = new LinkedHashMap<>(Map.of("AsAdmin", "system:ADMIN", "AsEditor", "system:EDITOR",
                "AsSecretariat", "system:SECRETARIAT", "AsFinance", "system:FINANCE"));
        all.putAll(beans);
        web.delete("WEB-INF/glassfish-ejb-jar.xml");
        web.addAsWebInfResource(new StringAsset(glassfishEjbJar(all)), "glassfish-ejb-jar.xml");
        ear.delete("portal-web.war");
        ear.addAsModule(web);
        String mapping = new String(readAll(ear.get("META-INF/glassfish-application.xml").getAsset().openStream()), StandardCharsets.UTF_8);
        for (Map.Entry<String, List<String>> role : roles.entrySet()) {
            StringBuilder principals = new StringBuilder("<role-name>" + role.getKey() + "</role-name>");
            role.getValue().forEach(p -> principals.append("<principal-name>").append(p).append("</principal-name>"));
            mapping = mapping.replace("<role-name>" + role.getKey() + "</role-name>", principals);
        }
        ear.delete("META-INF/glassfish-application.xml");
        ear.addAsManifestResource(new StringAsset(mapping), "glassfish-application.xml");
        return ear;
    }

    private static String glassfishEjbJar(Map<String, String> principals) {
        StringBuilder beans = new StringBuilder();
        principals.forEach((bean, principal) -> beans.append("<ejb><ejb-name>").append(bean).append("</ejb-name><principal><name>")
                .append(principal).append("</name></principal></ejb>"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE glassfish-ejb-jar PUBLIC"
                + " \"-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN\""
                + " \"http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd\">\n<glassfish-ejb-jar><enterprise-beans>" + beans
                + "</enterprise-beans></glassfish-ejb-jar>\n";
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The real EAR, untouched, for tests that act as a client over HTTP. Deployed as {@code portal}, the name
     * {@code ./portal run} gives it, whatever its file is called.
     */
    public static EnterpriseArchive portalAsIs() {
        return named(new File(System.getProperty("portal.ear", "target/portal-demo.ear")));
    }

    /** The product, {@code portal.ear} as a commune deploys it: no demo. */
    public static EnterpriseArchive product() {
        return named(new File(System.getProperty("portal.productEar", "target/portal.ear")));
    }

    private static EnterpriseArchive named(File file) {
        return ShrinkWrap.create(ZipImporter.class, "portal.ear").importFrom(file).as(EnterpriseArchive.class);
    }
}
