package io.peerplan.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The designer's layers (JabRef's rule): topology editing, diagram geometry, painting, inspector
 * fields and findings know no JavaFX at all; view-models may use JavaFX properties but hold no
 * node, scene or stage. Only views, gestures and controllers touch the scene graph.
 */
class LayeringTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.peerplan.app");

    @Test
    void editingGeometryPaintingAndFieldsArePureJava() {
        noClasses().that().resideInAnyPackage("io.peerplan.app.design..", "io.peerplan.app.diagram..",
                        "io.peerplan.app.render..", "io.peerplan.app.inspect..", "io.peerplan.app.files..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(APP);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().resideInAnyPackage("io.peerplan.app.ui.vm..", "io.peerplan.app.ui.edit..",
                        "io.peerplan.app.findings..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.animation..",
                        "org.controlsfx..")
                .check(APP);
    }

    @Test
    void theModelLayersDoNotReachUpIntoTheWindow() {
        noClasses().that().resideInAnyPackage("io.peerplan.app.design..", "io.peerplan.app.diagram..",
                        "io.peerplan.app.render..", "io.peerplan.app.inspect..", "io.peerplan.app.ui.vm..")
                .should().dependOnClassesThat().resideInAnyPackage("io.peerplan.app.ui.view..", "io.peerplan.app.ui.canvas..")
                .check(APP);
    }
}
