package io.peerplan.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The export module sees the model only: no JavaFX, no app (app → export → model). */
class DependencyDirectionTest {
    private static final JavaClasses EXPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.peerplan.export");

    @Test
    void exportDoesNotUseJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(EXPORT);
    }

    @Test
    void exportDoesNotUseApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.peerplan.app..").check(EXPORT);
    }

    @Test
    void exportDescriptorRequiresNoJavaFxNorApp() {
        ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).find("peerplan.export").orElseThrow().descriptor();
        Assertions.assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name)
                .noneMatch(n -> n.startsWith("javafx") || n.equals("peerplan.app") || n.contains("controlsfx"))
                .contains("peerplan.model");
    }
}
