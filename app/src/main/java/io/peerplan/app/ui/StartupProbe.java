package io.peerplan.app.ui;

import java.util.function.BooleanSupplier;
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
 * <p>The first frame: the first pulse after the window is shown and the designer says it displays its
 * project ({@link StartupMarks#displayed}: loaded, laid out, drawn and the view fitted to it) lays the
 * window out and hands the frame to the render thread; the report is taken at the start of the next
 * pulse, which JavaFX only begins once the previous frame is rendered. So the figure errs late by at
 * most one pulse (≤ 17 ms at 60 Hz), and a window still empty does not count.
 */
public final class StartupProbe {
    /** How long to wait for a window before giving up (a missing display fails much earlier). */
    static final long TIMEOUT_MILLIS = 120_000;

    private final LongSupplier clock;
    private final BooleanSupplier ready;
    private final Consumer<String> report;
    private final Runnable quit;
    private volatile boolean armed = true;
    private volatile long firstFrameMillis = -1;

    StartupProbe(LongSupplier clock, BooleanSupplier ready, Consumer<String> report, Runnable quit) {
        this.clock = clock;
        this.ready = ready;
        this.report = report;
        this.quit = quit;
    }

    /**
     * Runs {@code launchDesigner} with the probe armed: the first window shown is measured, the line
     * {@code startup: first frame N ms after process start (window shown at M ms; ...)} goes to
     * {@code report}, and JavaFX exits. Returns the launch's exit code, or 1 if no frame was seen.
     */
    public static int measure(IntSupplier launchDesigner, Consumer<String> report) {
        StartupMarks.record();
        StartupMarks.mark("command parsed");
        StartupProbe probe = new StartupProbe(ProcessClock::millisSinceStart, StartupMarks::isDisplayed, report,
                Platform::exit);
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
                if (!ready.getAsBoolean()) {
                    return; // the project is not in the window yet: its frame is still to come
                }
                if (++pulses < 2) {
                    return;
                }
                stop();
                firstFrameMillis = clock.getAsLong();
                String marks = StartupMarks.summary();
                report.accept("startup: first frame " + firstFrameMillis + " ms after process start (window shown at "
                        + shownAt + " ms" + (marks.isEmpty() ? "" : "; " + marks + " ms") + ")");
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
