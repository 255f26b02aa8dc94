package org.marsad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the pipeline's arrows one-way: core stages are plain Java, edges depend on them, never back. */
class ArchitectureTests {
    private static final String[] CORE = {
        "org.marsad.report..", "org.marsad.text..", "org.marsad.lexicon..", "org.marsad.ingest..",
        "org.marsad.extract..", "org.marsad.geo..", "org.marsad.incident..", "org.marsad.assess.."
    };
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.marsad");
    }

    @Test
    void coreStagesDoNotDependOnSpring() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void coreStagesDoNotDependOnTheEdges() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.marsad.store..", "org.marsad.web..", "org.marsad.api..", "org.marsad.security..",
                        "org.marsad.cli..", "org.marsad.pipeline..", "org.marsad.export..")
                .check(classes);
    }

    @Test
    void onlyTheWebEdgesAndTheStoreUseSpring() {
        noClasses().that().resideInAnyPackage("org.marsad.pipeline..", "org.marsad.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void theStoreAndExportsKnowNothingOfTheWeb() {
        noClasses().that().resideInAnyPackage("org.marsad.store..", "org.marsad.export..", "org.marsad.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.marsad.web..", "org.marsad.api..", "org.marsad.security..", "org.marsad.cli..")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.marsad.(*)..").should().beFreeOfCycles().check(classes);
    }
}
