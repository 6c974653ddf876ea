package io.peerplan.export.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where labs keep their state: {@code <root>/<labId>/state.json} (root {@code /run/peerplan-lab}
 * by default: tmpfs, gone after a reboot together with the namespaces). Saves are atomic.
 */
public final class LabStateStore {
    public static final Path DEFAULT_ROOT = Path.of("/run/peerplan-lab");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;

    public LabStateStore(Path root) {
        this.root = root;
    }

    public LabStateStore() {
        this(DEFAULT_ROOT);
    }

    public Path root() {
        return root;
    }

    public Path runDir(String labId) {
        return root.resolve(labId);
    }

    private Path file(String labId) {
        return runDir(labId).resolve("state.json");
    }

    public synchronized void save(LabState s) {
        try {
            Files.createDirectories(runDir(s.labId));
            Path tmp = Files.createTempFile(runDir(s.labId), "state", ".tmp");
            JSON.writeValue(tmp.toFile(), s);
            try {
                Files.move(tmp, file(s.labId), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(s.labId), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LabException("cannot write the lab state under " + runDir(s.labId) + ": " + e.getMessage(), e);
        }
    }

    public Optional<LabState> load(String labId) {
        Path f = file(labId);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(f.toFile(), LabState.class));
        } catch (IOException e) {
            throw new LabException("cannot read the lab state " + f + ": " + e.getMessage(), e);
        }
    }

    /** Every lab with a state file, in no particular order. */
    public List<LabState> all() {
        List<LabState> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (var dirs = Files.list(root)) {
            for (Path d : dirs.toList()) {
                load(d.getFileName().toString()).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new LabException("cannot list " + root + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Removes a lab's run directory (configs, logs, state) once everything else is gone. */
    public void delete(String labId) {
        Path dir = runDir(labId);
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new LabException("cannot remove " + dir + ": " + e.getMessage(), e);
        }
    }
}
