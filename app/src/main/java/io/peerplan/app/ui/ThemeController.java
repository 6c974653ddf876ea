package io.peerplan.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.peerplan.app.files.Settings;
import io.peerplan.app.render.DiagramTheme;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * Light and dark: AtlantaFX's Primer themes for the controls, the matching {@link DiagramTheme}
 * for the canvas, and two stylesheets of ours: the designer's own, and the one that maps the
 * Modena colour names ControlsFX's CSS looks up onto AtlantaFX variables (stack.md).
 */
public final class ThemeController {
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final Settings settings;

    public ThemeController(Settings settings) {
        this.settings = settings;
        dark.set("dark".equals(settings.get("theme", "light")));
        // Before any control exists: the first Control class to load installs JavaFX's default Modena
        // stylesheet (156 KB parsed for nothing) unless an application stylesheet is already set.
        apply();
        dark.addListener((o, a, b) -> {
            apply();
            settings.put("theme", b ? "dark" : "light");
        });
    }

    /** Adds our stylesheets to the scene (the theme itself is applied application-wide from the start). */
    public void install(Scene scene) {
        scene.getStylesheets().addAll(
                ThemeController.class.getResource("controlsfx-atlantafx.css").toExternalForm(),
                ThemeController.class.getResource("designer.css").toExternalForm());
    }

    private void apply() {
        Application.setUserAgentStylesheet(dark.get() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public DiagramTheme diagramTheme() {
        return dark.get() ? DiagramTheme.DARK : DiagramTheme.LIGHT;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public Settings settings() {
        return settings;
    }
}
