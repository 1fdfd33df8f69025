package uz.roadmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import org.jspecify.annotations.NullMarked;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;

/**
 * House rules Spring Modulith cannot check: constructor injection only, web adapters that stay
 * inside their module, and nothing null unless it says so.
 */
@AnalyzeClasses(packagesOf = RoadmapApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class)
            .because("dependencies are constructor arguments, so a class cannot exist half-wired");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes().that().areAnnotatedWith(Controller.class)
            .or().areAnnotatedWith(RestController.class)
            .should().notBePublic()
            .because("web adapters are a module's internals; other modules use its facade");

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = classes().that().resideOutsideOfPackage("uz.roadmap.grpc.v1..")
            .should(ArchCondition.from(DescribedPredicate.describe("reside in a @NullMarked package",
                    (JavaClass type) -> type.getPackage().isAnnotatedWith(NullMarked.class))))
            .because("a package's @NullMarked does not reach its sub-packages; only the generated gRPC types are left out");
}
