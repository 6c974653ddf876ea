package io.peerplan.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Inside export: generators are pure functions from model to text, so they know nothing of the
 * transports that carry their output (push over SSH, the namespace lab); push carries whatever text
 * it is given and asks the exporter registry only whether a format can be pushed, never a generator.
 */
class ExportPackagesTest {
    private static final String[] GENERATORS = {"io.peerplan.export.frr..", "io.peerplan.export.quagga..",
        "io.peerplan.export.routeros..", "io.peerplan.export.metallb.."};
    private static final JavaClasses EXPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.peerplan.export");

    @Test
    void generatorsNeverUsePushOrLab() {
        noClasses().that().resideInAnyPackage(GENERATORS)
                .should().dependOnClassesThat().resideInAnyPackage("io.peerplan.export.push..", "io.peerplan.export.lab..")
                .check(EXPORT);
    }

    @Test
    void pushUsesNoGenerator() {
        noClasses().that().resideInAPackage("io.peerplan.export.push..")
                .should().dependOnClassesThat().resideInAnyPackage(GENERATORS)
                .check(EXPORT);
    }

    @Test
    void theBundleAndItsReadmeDoNotImportEachOther() {
        noClasses().that().haveSimpleName("BundleReadme").should().dependOnClassesThat().haveSimpleName("BundleExporter").check(EXPORT);
    }
}
