package io.peerplan.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI and the designer are two front ends over the same export and model layers and never call
 * each other: the CLI runs headless (no JavaFX class is loaded for {@code peerplan validate}), and
 * the designer does not depend on picocli commands. Only the launcher ({@code io.peerplan.app.Main},
 * {@code DesignerArguments}) knows both.
 */
class CliUiDirectionTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.peerplan.app");

    @Test
    void theCliDoesNotUseTheDesigner() {
        noClasses().that().resideInAPackage("io.peerplan.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.peerplan.app.ui..", "javafx..")
                .check(APP);
    }

    @Test
    void theDesignerDoesNotUseTheCli() {
        noClasses().that().resideInAPackage("io.peerplan.app.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.peerplan.app.cli..")
                .check(APP);
    }
}
