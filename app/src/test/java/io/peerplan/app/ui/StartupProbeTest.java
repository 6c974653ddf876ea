package io.peerplan.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The probe on a real (headless Monocle) JavaFX toolkit: real windows, real pulses. */
class StartupProbeTest {
    private final List<Stage> stages = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupFixture(() -> stages.forEach(Stage::hide));
    }

    @Test
    void reportsTheFirstFrameOfTheFirstWindowShownOnceAndQuits() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch quit = new CountDownLatch(1);
        AtomicLong clock = new AtomicLong(100);
        StartupProbe probe = new StartupProbe(() -> clock.addAndGet(50), () -> true, lines::add, quit::countDown);

        FxToolkit.setupFixture(() -> {
            probe.watch(Window.getWindows());
            show("designer");
            show("a second window"); // not measured: only the first one is
        });

        assertThat(quit.await(10, SECONDS)).as("the probe quits after the first frame").isTrue();
        // clock: 150 when the first window is shown, 200 at the pulse after its first frame.
        assertThat(lines).containsExactly("startup: first frame 200 ms after process start (window shown at 150 ms)");
        assertThat(probe.firstFrameMillis()).isEqualTo(200);
    }

    @Test
    void waitsForAFrameAfterTheWindowIsShown() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        StartupProbe probe = new StartupProbe(System::currentTimeMillis, () -> true, lines::add, () -> { });
        FxToolkit.setupFixture(() -> probe.watch(Window.getWindows()));
        assertThat(probe.firstFrameMillis()).as("no window yet").isEqualTo(-1);

        long before = System.currentTimeMillis();
        FxToolkit.setupFixture(() -> show("late"));
        for (int i = 0; i < 100 && lines.isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(lines).hasSize(1);
        assertThat(probe.firstFrameMillis()).isGreaterThanOrEqualTo(before);
    }

    @Test
    void measuresNoFrameBeforeTheProjectIsDisplayed() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        AtomicBoolean displayed = new AtomicBoolean();
        AtomicLong displayedAt = new AtomicLong(Long.MAX_VALUE);
        StartupProbe probe = new StartupProbe(System::nanoTime, displayed::get, lines::add, () -> { });
        FxToolkit.setupFixture(() -> {
            probe.watch(Window.getWindows());
            show("designer, project still loading");
        });
        Thread.sleep(300); // about 18 pulses with the window shown but the project not in it
        assertThat(lines).as("no report while the window is empty").isEmpty();

        FxToolkit.setupFixture(() -> {
            displayedAt.set(System.nanoTime());
            displayed.set(true);
        });
        for (int i = 0; i < 100 && lines.isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(lines).hasSize(1);
        assertThat(probe.firstFrameMillis()).as("measured after the project was displayed").isGreaterThan(displayedAt.get());
    }

    private void show(String title) {
        Stage stage = new Stage();
        stage.setTitle(title);
        stage.setScene(new Scene(new Label(title), 320, 200));
        stages.add(stage);
        stage.show();
    }
}
