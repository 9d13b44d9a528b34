package vn.lienthong;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Package by feature: calendar, meeting, conclusion, petition and review stand on the shared kernel; a feature never
 * reaches into another feature's internals (only its `api` package, the small public service), and the kernel
 * never depends on a feature.
 */
class ArchitectureTest {
    static final List<String> FEATURES = List.of("calendar", "meeting", "conclusion", "petition", "review");
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.lienthong");

    @Test
    void theKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("vn.lienthong.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> "vn.lienthong." + f + "..").toArray(String[]::new))
                .because("the kernel is shared by every feature and must not know any of them")
                .check(CLASSES);
    }

    @Test
    void featuresUseEachOtherOnlyThroughTheirApiPackage() {
        for (String feature : FEATURES) {
            ArchRule rule = noClasses().that().resideInAPackage("vn.lienthong." + feature + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                            FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> "vn.lienthong." + f + "..").toArray(String[]::new))
                            .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                    FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> "vn.lienthong." + f + ".api..").toArray(String[]::new)))))
                    .because("cross-feature needs go through a small public service in the other feature's api package")
                    .allowEmptyShould(true);
            rule.check(CLASSES);
        }
    }

    @Test
    void featuresKnowTheDemoLoaderOnlyThroughItsEvent() {
        noClasses().that().resideOutsideOfPackage("vn.lienthong.kernel.demo..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("vn.lienthong.kernel.demo..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("DemoDataLoaded"))))
                .check(CLASSES);
    }
}
