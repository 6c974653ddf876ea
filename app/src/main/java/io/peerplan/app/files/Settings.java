package io.peerplan.app.files;

import io.peerplan.model.io.AtomicFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The designer's per-user state: theme, recent files and crash-recovery files, under
 * {@code $XDG_CONFIG_HOME/peerplan} (else {@code ~/.config/peerplan}). The system property
 * {@code peerplan.home} overrides it, which is how tests keep away from the user's real settings.
 */
public final class Settings {
    private final Path home;
    private final Properties values = new Properties();

    public Settings(Path home) {
        this.home = home;
        Path file = home.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try {
                values.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                // Unreadable settings are not worth failing the start for; defaults apply.
            }
        }
    }

    public static Settings load() {
        return new Settings(defaultHome());
    }

    public static Path defaultHome() {
        String override = System.getProperty("peerplan.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("peerplan");
    }

    public Path home() {
        return home;
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    /** Sets and saves at once (atomic write); a failure to save is reported, not thrown. */
    public boolean put(String key, String value) {
        values.setProperty(key, value);
        try {
            StringWriter w = new StringWriter();
            values.store(w, "Peerplan designer settings");
            AtomicFiles.write(home.resolve("settings.properties"), w.toString().getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
