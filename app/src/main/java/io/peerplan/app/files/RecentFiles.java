package io.peerplan.app.files;

import io.peerplan.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The most recently opened or saved projects, newest first, kept in {@code recent.txt}. */
public final class RecentFiles {
    public static final int MAX = 10;

    private final Path store;
    private final List<Path> files = new ArrayList<>();

    public RecentFiles(Path home) {
        this.store = home.resolve("recent.txt");
        if (Files.isRegularFile(store)) {
            try {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && files.size() < MAX) {
                        files.add(Path.of(line.trim()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                files.clear();
            }
        }
    }

    public List<Path> list() {
        return List.copyOf(files);
    }

    /** Puts the file first; returns false when the list could not be written (the menu still shows it). */
    public boolean add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.addFirst(abs);
        while (files.size() > MAX) {
            files.removeLast();
        }
        return save();
    }

    public boolean remove(Path file) {
        files.remove(file.toAbsolutePath().normalize());
        return save();
    }

    public boolean clear() {
        files.clear();
        return save();
    }

    private boolean save() {
        StringBuilder b = new StringBuilder();
        files.forEach(f -> b.append(f).append('\n'));
        try {
            AtomicFiles.write(store, b.toString().getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
