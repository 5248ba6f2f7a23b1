package ma.commune.portal.imports.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import ma.commune.portal.imports.boundary.ImportKind;
import ma.commune.portal.imports.boundary.Reason;
import ma.commune.portal.imports.boundary.Rejection;
import ma.commune.portal.imports.control.JobParameters;
import ma.commune.portal.imports.control.RecordRejected;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A restart runs the job XML stored with the job instance at its first start, not the file in the
 * application. The instances started before issue 16 are of five jobs, one per kind, whose XML is kept
 * in the test resources as it was (legacy-batch-jobs/, from commit 75be2d4): everything that XML names
 * must still resolve in this build, or a failed import of then could not be restarted.
 */
class LegacyJobXmlTest {

    private static final String[] LEGACY = {"import-credits", "import-engagements", "import-paiements", "import-avis", "import-attributions"};
    private static final Pattern PARAMETER = Pattern.compile("#\\{jobParameters\\['(\\w+)'\\]\\}");
    private static final String NEW_XML = "/META-INF/batch-jobs/import-file.xml";

    /** Payara refuses a job whose XML breaks the schema only when it starts one ("xJCL invalid per schema"). */
    @Test
    void theJobXmlIsValidPerTheJakartaBatchSchema() throws Exception {
        javax.xml.validation.Schema schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/xsd/jobXML_2_0.xsd"));
        for (String xml : all()) {
            try (java.io.InputStream in = getClass().getResourceAsStream(xml)) {
                assertNotNull(in, xml);
                schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(in));
            } catch (org.xml.sax.SAXException invalid) {
                throw new AssertionError(xml + " is not valid job XML: " + invalid.getMessage(), invalid);
            }
        }
    }

    @Test
    void everyArtifactTheXmlOfAnOldOrANewInstanceNamesIsStillABatchArtifactOfThatName() throws Exception {
        for (String xml : all()) {
            Document job = parse(xml);
            for (String attribute : List.of("listener", "batchlet", "reader", "processor", "writer")) {
                NodeList elements = job.getElementsByTagNameNS("*", attribute);
                for (int i = 0; i < elements.getLength(); i++) {
                    String ref = ((Element) elements.item(i)).getAttribute("ref");
                    Class<?> artifact = Class.forName(getClass().getPackageName() + "." + ref.substring(0, 1).toUpperCase(Locale.ROOT)
                            + ref.substring(1));
                    Named named = artifact.getAnnotation(Named.class);
                    assertNotNull(named, xml + ": " + artifact + " is not @Named");
                    assertEquals("", named.value(), xml + ": " + ref + " must stay the default name of " + artifact.getSimpleName());
                }
            }
        }
    }

    @Test
    void theSkippableExceptionOfAnOldInstanceStillCatchesTheRecordsRejectedToday() throws Exception {
        RecordRejected rejected = new RecordRejected(new Rejection(3, "montant", "abc", Reason.NOT_AN_AMOUNT));
        for (String xml : all()) {
            NodeList includes = parse(xml).getElementsByTagNameNS("*", "include");
            assertEquals(1, includes.getLength(), xml);
            String named = ((Element) includes.item(0)).getAttribute("class");
            // The batch runtime loads the class by this name and asks isInstance; a class it cannot load is ignored without a word.
            assertTrue(Class.forName(named).isInstance(rejected), xml + ": " + named + " does not catch " + RecordRejected.class.getName());
        }
    }

    @Test
    void theStepsParametersAndExitStatusOfAnOldInstanceAreTheOnesTheArtifactsStillUse() throws Exception {
        Set<String> parameters = new HashSet<>();
        for (Field f : JobParameters.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                parameters.add((String) f.get(null));
            }
        }
        for (String xml : all()) {
            Document job = parse(xml);
            List<String> steps = new ArrayList<>();
            NodeList stepElements = job.getElementsByTagNameNS("*", "step");
            for (int i = 0; i < stepElements.getLength(); i++) {
                steps.add(((Element) stepElements.item(i)).getAttribute("id"));
            }
            // ImportJobs reads the metrics of the step named import.
            assertEquals(List.of("check", "import"), steps, xml);
            Element fail = (Element) job.getElementsByTagNameNS("*", "fail").item(0);
            assertEquals(ImportFileCheck.REFUSED, fail.getAttribute("on"), xml);
            Matcher used = PARAMETER.matcher(text(xml));
            while (used.find()) {
                assertTrue(parameters.contains(used.group(1)), xml + ": the job parameter " + used.group(1) + " is not in JobParameters");
            }
            NodeList properties = ((Element) job.getElementsByTagNameNS("*", "properties").item(0)).getElementsByTagNameNS("*", "property");
            for (int i = 0; i < properties.getLength(); i++) {
                String name = ((Element) properties.item(i)).getAttribute("name");
                assertTrue(parameters.contains(name), xml + ": the job property " + name + " is not in JobParameters");
            }
        }
    }

    @Test
    void theOldJobsAreTheNewOneWithTheirKindWrittenIn() throws Exception {
        Document now = withoutComments(parse(NEW_XML));
        for (String name : LEGACY) {
            Document old = withoutComments(parse(legacy(name)));
            Element job = old.getDocumentElement();
            assertEquals(name, job.getAttribute("id"));
            Element kind = (Element) job.getElementsByTagNameNS("*", "property").item(0);
            assertEquals(JobParameters.KIND, kind.getAttribute("name"));
            assertEquals(name, "import-" + ImportKind.valueOf(kind.getAttribute("value")).name().toLowerCase(Locale.ROOT));

            job.setAttribute("id", "import-file");
            kind.setAttribute("value", "#{jobParameters['" + JobParameters.KIND + "']}");
            ((Element) job.getElementsByTagNameNS("*", "include").item(0)).setAttribute("class", RecordRejected.class.getName());
            assertTrue(now.getDocumentElement().isEqualNode(job), name + " differs from import-file.xml in more than its id, kind and old class name");
        }
    }

    private static List<String> all() {
        List<String> xml = new ArrayList<>();
        for (String name : LEGACY) {
            xml.add(legacy(name));
        }
        xml.add(NEW_XML);
        return xml;
    }

    private static String legacy(String name) {
        return "/legacy-batch-jobs/" + name + ".xml";
    }

    private static String text(String resource) throws Exception {
        try (InputStream in = LegacyJobXmlTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Document parse(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = LegacyJobXmlTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Document withoutComments(Document document) {
        removeComments(document);
        return document;
    }

    private static void removeComments(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.COMMENT_NODE) {
                node.removeChild(child);
            } else {
                removeComments(child);
            }
            child = next;
        }
    }
}
