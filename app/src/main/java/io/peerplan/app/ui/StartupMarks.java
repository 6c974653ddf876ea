package io.peerplan.app.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Named moments of one start-up (command line parsed, project loaded, JavaFX started, window built),
 * in milliseconds since the process started. Only {@code --probe-startup} records them, so that its
 * one line says where the time to the first frame went; otherwise {@link #mark} does nothing.
 */
public final class StartupMarks {
    private static volatile List<String> marks;
    private static volatile boolean displayed;

    private StartupMarks() {
    }

    /** Starts recording (the probe calls this before it launches the designer). */
    static void record() {
        marks = new CopyOnWriteArrayList<>();
    }

    /** Notes that {@code what} has just happened, if recording. */
    public static void mark(String what) {
        List<String> m = marks;
        if (m != null) {
            m.add(what + " " + ProcessClock.millisSinceStart());
        }
    }

    /** The window shows the project it was started on (or, without one, is ready): the probe may measure. */
    static void displayed() {
        displayed = true;
        mark("project shown");
    }

    static boolean isDisplayed() {
        return displayed;
    }

    /** "what ms, what ms" in order of recording, or "" when nothing was recorded. */
    static String summary() {
        List<String> m = marks;
        return m == null ? "" : m.stream().collect(Collectors.joining(", "));
    }
}
