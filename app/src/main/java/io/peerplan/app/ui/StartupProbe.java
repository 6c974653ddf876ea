package io.peerplan.app.ui;

import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Window;

/**
 * {@code peerplan --probe-startup [PROJECT]}: prints how long the designer took from process start to
 * its first frame, then quits. It watches {@link Window#getWindows()} rather than a particular class,
 * so it measures whatever window the designer shows first, with the project already loaded.
 *
 * <p>The first frame: the pulse after the window is shown lays it out and hands the frame to the
 * render thread; the report is taken at the start of the next pulse, which JavaFX only begins once the
 * previous frame is rendered. So the figure errs late by at most one pulse (≤ 17 ms at 60 Hz).
 */
public final class StartupProbe {
    /** How long to wait for a window before giving up (a missing display fails much earlier). */
    static final long TIMEOUT_MILLIS = 120_000;

    private final LongSupplier clock;
    private final Consumer<String> report;
    private final Runnable quit;
    private volatile boolean armed = true;
    private volatile long firstFrameMillis = -1;

    StartupProbe(LongSupplier clock, Consumer<String> report, Runnable quit) {
        this.clock = clock;
        this.report = report;
        this.quit = quit;
    }

    /**
     * Runs {@code launchDesigner} with the probe armed: the first window shown is measured, the line
     * {@code startup: first frame N ms after process start (window shown at M ms)} goes to
     * {@code report}, and JavaFX exits. Returns the launch's exit code, or 1 if no frame was seen.
     */
    public static int measure(IntSupplier launchDesigner, Consumer<String> report) {
        StartupProbe probe = new StartupProbe(ProcessClock::millisSinceStart, report, Platform::exit);
        // Safe from the launching thread: the FX thread that fires this list starts afterwards.
        probe.watch(Window.getWindows());
        Thread watchdog = probe.startWatchdog();
        try {
            int code = launchDesigner.getAsInt();
            return code == 0 && probe.firstFrameMillis() < 0 ? 1 : code;
        } finally {
            watchdog.interrupt();
        }
    }

    void watch(ObservableList<Window> windows) {
        windows.addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                if (change.wasAdded() && armed) {
                    armed = false;
                    onFirstWindowShown();
                }
            }
        });
    }

    private void onFirstWindowShown() {
        long shownAt = clock.getAsLong();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                firstFrameMillis = clock.getAsLong();
                report.accept("startup: first frame " + firstFrameMillis + " ms after process start (window shown at "
                        + shownAt + " ms)");
                quit.run();
            }
        }.start();
    }

    private Thread startWatchdog() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TIMEOUT_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (firstFrameMillis < 0) {
                report.accept("startup: no window shown within " + TIMEOUT_MILLIS / 1000 + " s");
                Platform.exit();
            }
        }, "peerplan-startup-probe");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }

    /** Milliseconds from process start to the first frame, or -1 if no frame was seen. */
    public long firstFrameMillis() {
        return firstFrameMillis;
    }
}
