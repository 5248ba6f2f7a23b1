package ma.commune.portal.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering the code keeps (README, "Map of the code"), checked on the compiled classes of every
 * module: a change that reaches where it must not fails the build, with the offending calls named.
 * Modules depend one way (domain ← ejb ← batch ← web); {@code shared} serves every component and knows
 * none; components do not depend on each other in a circle. The demo (packages named {@code demo}, built
 * from each module's {@code src/demo} into {@code portal-demo.ear} only) is never reached by the product.
 */
@AnalyzeClasses(packages = {"ma.commune.portal", "db"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] COMPONENTS = {"ma.commune.portal.content..", "ma.commune.portal.council..",
        "ma.commune.portal.identity..", "ma.commune.portal.procurement..", "ma.commune.portal.requests..",
        "ma.commune.portal.spending..", "ma.commune.portal.imports.."};

    @ArchTest
    static final ArchRule theDomainKnowsNoService = noClasses().that(inModule("portal-domain"))
            .should().dependOnClassesThat(inModule("portal-ejb").or(inModule("portal-batch")).or(inModule("portal-web")))
            .because("entities and value objects are the innermost layer");

    @ArchTest
    static final ArchRule servicesKnowNeitherBatchNorWeb = noClasses().that(inModule("portal-ejb"))
            .should().dependOnClassesThat(inModule("portal-batch").or(inModule("portal-web")));

    @ArchTest
    static final ArchRule theBatchModuleKnowsNoPage = noClasses().that(inModule("portal-batch"))
            .should().dependOnClassesThat(inModule("portal-web"));

    @ArchTest
    static final ArchRule theWebTierReachesImportsThroughTheirBoundary = noClasses().that(inModule("portal-web"))
            .should().dependOnClassesThat(inModule("portal-batch").and(notInPackage("ma.commune.portal.imports.boundary")))
            .because("the back office starts, stops and reads imports through imports.boundary, never the batch artifacts");

    @ArchTest
    static final ArchRule sharedKnowsNoComponent = noClasses().that().resideInAPackage("ma.commune.portal.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(COMPONENTS)
            .because("shared serves every component: an arrow from it up to one is a component in the wrong place");

    @ArchTest
    static final ArchRule theProductKnowsNoDemo = noClasses().that().resideOutsideOfPackage("..demo..")
            .should().dependOnClassesThat().resideInAPackage("..demo..")
            .because("the demo ships in portal-demo.ear only: portal.ear, what a commune deploys, has no demo class to call");

    @ArchTest
    static final ArchRule theDemoMigrationsUseOnlyTheEarLibraries = classes().that().resideInAPackage("db.demo..")
            .should().onlyDependOnClassesThat(inModule("portal-domain")
                    .or(resideInAnyPackage("db.demo..", "java..", "javax..", "org.flywaydb..")))
            .because("db.demo is lib/portal-ejb-demo.jar in portal-demo.ear, which sees lib/ and no EJB module");

    @ArchTest
    static final ArchRule componentsDoNotDependInACircle = slices().matching("ma.commune.portal.(*)..").should().beFreeOfCycles();

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in " + module, type -> type.getSource()
                .map(source -> source.getUri().toString().contains("/" + module + "/")
                        || source.getUri().toString().contains("/" + module + "-"))
                .orElse(false));
    }

    private static DescribedPredicate<JavaClass> notInPackage(String name) {
        return DescribedPredicate.describe("outside " + name, type -> !type.getPackageName().equals(name));
    }
}
