package io.peerplan.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: app → export → model. The model must never see JavaFX, the export
 * module or the app (JabRef's CommonArchitectureTest is the model for this check).
 */
class DependencyDirectionTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.peerplan.model");

    @Test
    void modelDoesNotUseJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(MODEL);
    }

    @Test
    void modelDoesNotUseExportOrApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.peerplan.export..", "io.peerplan.app..")
                .check(MODEL);
    }

    @Test
    void modelDescriptorRequiresNoJavaFxNorUpperModules() {
        var descriptor = java.lang.module.ModuleFinder.of(java.nio.file.Path.of("target/classes"))
                .find("peerplan.model").orElseThrow().descriptor();
        org.assertj.core.api.Assertions.assertThat(descriptor.requires())
                .extracting(java.lang.module.ModuleDescriptor.Requires::name)
                .noneMatch(n -> n.startsWith("javafx") || n.startsWith("peerplan.") || n.contains("controlsfx"));
    }
}
