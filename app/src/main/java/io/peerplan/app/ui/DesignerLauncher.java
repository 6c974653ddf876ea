package io.peerplan.app.ui;

import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;

/**
 * Starts the JavaFX designer, optionally on a project; the launcher calls this for {@code peerplan [FILE]}.
 *
 * <p>The project is read, laid out and drawn on its own thread while JavaFX starts and the window is
 * built (together about half of the time to the first frame, docs/benchmarks.md "Distribution"), and
 * the window shows it from its first frame. A missing file is still reported before JavaFX starts; a
 * file that does not parse is reported, with the exit code for bad input, before any window opens.
 */
public final class DesignerLauncher {
    private static volatile CompletableFuture<FileController.Loaded> initial;
    private static volatile String initialSource;
    private static volatile boolean projectFailed;

    private DesignerLauncher() {
    }

    /**
     * Opens the designer and returns when it is closed: true, or false when the project given could
     * not be read (the caller turns that into the exit code for bad input).
     */
    public static boolean launch(String project) {
        if (project != null) {
            if (!project.startsWith(Samples.PREFIX) && !Files.exists(Path.of(project))) {
                System.err.println(new ProjectLoadException(project, 0, 0, "no such file").getMessage());
                return false;
            }
            initialSource = project;
            initial = CompletableFuture.supplyAsync(() -> read(project), DesignerLauncher::startLoader);
        }
        Application.launch(DesignerApp.class);
        return !projectFailed;
    }

    private static FileController.Loaded read(String project) {
        try {
            FileController.Loaded loaded = FileController.prepare(Samples.resolve(project));
            StartupMarks.mark("project loaded");
            return loaded;
        } catch (ProjectLoadException e) {
            throw new CompletionException(e);
        }
    }

    private static void startLoader(Runnable load) {
        Thread t = new Thread(load, "peerplan-open");
        t.setDaemon(true);
        t.start();
    }

    /** The project given on the command line, or null; its file when it is not a sample. */
    static FileController.Loaded awaitInitial() throws ProjectLoadException {
        CompletableFuture<FileController.Loaded> pending = initial;
        if (pending == null) {
            return null;
        }
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ProjectLoadException ple) {
                throw ple;
            }
            throw e;
        }
    }

    static Path initialFile() {
        String source = initialSource;
        return source == null || source.startsWith(Samples.PREFIX) ? null : Path.of(source);
    }

    /** The launch ends reporting bad input (the project did not load). */
    static void failed() {
        projectFailed = true;
    }
}
