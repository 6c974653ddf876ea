/** The Peerplan designer (JavaFX) and the {@code peerplan} command line (picocli). */
module peerplan.app {
    requires peerplan.model;
    requires peerplan.export;
    requires peerplan.icons;
    requires info.picocli;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires java.management;
    requires jdk.management;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires org.jgrapht.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires java.desktop;
    requires com.fasterxml.jackson.databind;

    exports io.peerplan.app;
    exports io.peerplan.app.ui to javafx.graphics;
    opens io.peerplan.app.cli to info.picocli;
}
