package io.peerplan.app.ui;

import io.peerplan.app.design.AutoLayout;
import io.peerplan.app.design.Placed;
import io.peerplan.app.diagram.DiagramBuilder;
import io.peerplan.app.files.Settings;
import io.peerplan.app.render.Detail;
import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Benchmark (not a test): opens the generated scale topology in the real designer window and
 * measures frames while panning and zooming at three levels of detail. Run it under Xvfb with
 * unthrottled pulses so that the interval between pulses is the cost of a pulse:
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -Djavafx.animation.fullspeed=true \
 *   -cp CLASSPATH 'io.peerplan.app.ui.CanvasBenchmark$Launch' [default|stress|empty|sample:NAME]</pre>
 *
 * System properties: {@code bench.frames} (measured frames per phase, 360), {@code bench.warmup}
 * (120), {@code bench.phases} (a comma list of phase indexes 0–5: only those, in that order).
 * docs/benchmarks.md gives the exact command and the figures. Reports, per phase: the median,
 * 95th percentile and maximum of the pulse interval and of the canvas paint on the FX thread.
 */
public final class CanvasBenchmark extends Application {
    private static final int WARMUP = Integer.getInteger("bench.warmup", 120);
    private static final int FRAMES = Integer.getInteger("bench.frames", 360);
    private static String variant = "default";

    public static final class Launch {
        public static void main(String[] args) {
            if (args.length > 0) {
                variant = args[0];
            }
            Application.launch(CanvasBenchmark.class);
        }
    }

    private MainWindow window;
    private final List<Phase> phases = new ArrayList<>();

    private record Phase(String name, double scale, boolean zoom) {
    }

    @Override
    public void start(Stage stage) throws Exception {
        ScaleTopology.Spec spec = variant.equals("stress") ? new ScaleTopology.Spec(250, 10000, 2500, 250, 12500)
                : ScaleTopology.Spec.DEFAULT;
        Topology generated = variant.equals("empty") ? Topology.empty("empty")
                : variant.startsWith("sample:") ? io.peerplan.model.sample.Samples.resolve(variant)
                : ScaleTopology.generate(spec, 42);
        long t0 = System.nanoTime();
        Topology laid = AutoLayout.ifNeeded(generated);
        long layoutMs = (System.nanoTime() - t0) / 1_000_000;
        window = new MainWindow(stage, new Settings(Files.createTempDirectory("peerplan-bench")), DesignerApp.findingsSource(), 250);
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        var prebuilt = DiagramBuilder.build(laid);
        long c1 = cpu.getCurrentThreadCpuTime();
        window.model().open(laid, null, false, prebuilt);
        double openCpu = (cpu.getCurrentThreadCpuTime() - c1) / 1e6;
        window.model().open(Topology.empty("x"), null, false, DiagramBuilder.build(Topology.empty("x")));
        long c1b = cpu.getCurrentThreadCpuTime();
        window.model().open(laid, null, false, prebuilt);
        double openWarm = (cpu.getCurrentThreadCpuTime() - c1b) / 1e6;
        for (int i = 0; i < 20; i++) {
            DiagramBuilder.build(laid);
        }
        long c2 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < 20; i++) {
            DiagramBuilder.build(laid);
        }
        double buildMs = (cpu.getCurrentThreadCpuTime() - c2) / 1e6 / 20;
        System.out.printf(Locale.ROOT, "topology %s: %d regions, %d cards, %d nodes, %d services, %d peerings%n", spec,
                laid.regions().size(), Placed.all(laid).size(),
                laid.clusters().stream().mapToInt(c -> c.nodes().size()).sum(),
                laid.clusters().stream().mapToInt(c -> c.services().size()).sum(), laid.peerings().size());
        System.out.printf(Locale.ROOT, "auto-layout (background thread) %d ms wall%n", layoutMs);
        System.out.printf(Locale.ROOT, "open, all listeners (FX thread): %.1f ms CPU first time (cold code), %.1f ms again%n",
                openCpu, openWarm);
        System.out.printf(Locale.ROOT, "full diagram build from scratch: %.2f ms CPU%n", buildMs);
        String someGateway = laid.routers().isEmpty() ? null : laid.routers().getFirst().id();
        double[] editCpu = new double[20];
        for (int i = 0; someGateway != null && i < editCpu.length; i++) {
            long c3 = cpu.getCurrentThreadCpuTime();
            window.model().edits().move(Set.of(someGateway), i % 2 == 0 ? 20 : -20, 0);
            editCpu[i] = (cpu.getCurrentThreadCpuTime() - c3) / 1e6;
        }
        java.util.Arrays.sort(editCpu);
        System.out.printf(Locale.ROOT, "one move edit incl. diagram, outline, inspector (FX thread): median %.2f ms CPU, max %.2f%n",
                editCpu[editCpu.length / 2], editCpu[editCpu.length - 1]);
        phases.add(new Phase("fitted (boxes), panning", -1, false));
        phases.add(new Phase("fitted (boxes), zooming", -1, true));
        phases.add(new Phase("35 % (titles), panning", 0.35, false));
        phases.add(new Phase("35 % (titles), zooming", 0.35, true));
        phases.add(new Phase("100 % (full detail), panning", 1.0, false));
        phases.add(new Phase("100 % (full detail), zooming", 1.0, true));
        String only = System.getProperty("bench.phases");
        if (only != null) {
            List<Phase> chosen = new ArrayList<>();
            for (String i : only.split(",")) {
                chosen.add(phases.get(Integer.parseInt(i.trim())));
            }
            phases.clear();
            phases.addAll(chosen);
        }
        Platform.runLater(() -> run(0));
    }

    private void run(int index) {
        if (index == phases.size()) {
            Platform.exit();
            System.exit(0);
        }
        Phase phase = phases.get(index);
        var canvas = window.canvas();
        canvas.fit();
        if (phase.scale() > 0) {
            canvas.viewport().zoomAt(phase.scale() / canvas.viewport().scale(), canvas.getWidth() / 2, canvas.getHeight() / 2);
        }
        canvas.repaint();
        double[] pulse = new double[FRAMES];
        double[] paint = new double[FRAMES];
        int[] repaints = {0};
        ThreadCpu cpu = new ThreadCpu();
        new AnimationTimer() {
            private int frame = -WARMUP;
            private long last;
            private long lastCount;

            @Override
            public void handle(long now) {
                if (frame == 0) {
                    cpu.start();
                }
                if (frame >= 0 && frame < FRAMES) {
                    pulse[frame] = (now - last) / 1e6;
                    paint[frame] = canvas.lastPaintNanos() / 1e6;
                    if (canvas.paintCount() != lastCount) {
                        repaints[0]++;
                    }
                }
                last = now;
                lastCount = canvas.paintCount();
                frame++;
                if (frame == FRAMES) {
                    stop();
                    report(phase, canvas.viewport().scale(), pulse, paint);
                    cpu.report(FRAMES);
                    System.out.printf(Locale.ROOT, "%30s full repaints: %d of %d frames%n", "", repaints[0], FRAMES);
                    Platform.runLater(() -> run(index + 1));
                    return;
                }
                if (phase.zoom()) {
                    double f = (frame / 60) % 2 == 0 ? 1.012 : 1 / 1.012;
                    canvas.viewport().zoomAt(f, canvas.getWidth() / 2, canvas.getHeight() / 2);
                } else {
                    double dir = (frame / 90) % 2 == 0 ? 1 : -1;
                    canvas.viewport().panBy(6 * dir, 2 * dir);
                }
                canvas.cameraChanged();
            }
        }.start();
    }

    /** CPU time per frame of the FX thread, the render thread and the whole process: independent of machine load. */
    private static final class ThreadCpu {
        private final java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        private long fx;
        private long render;
        private long all;

        void start() {
            fx = mx.getCurrentThreadCpuTime();
            render = render();
            all = all();
        }

        private long render() {
            for (long id : mx.getAllThreadIds()) {
                var info = mx.getThreadInfo(id);
                if (info != null && info.getThreadName().startsWith("QuantumRenderer")) {
                    return mx.getThreadCpuTime(id);
                }
            }
            return 0;
        }

        private long all() {
            long sum = 0;
            for (long id : mx.getAllThreadIds()) {
                sum += Math.max(0, mx.getThreadCpuTime(id));
            }
            return sum;
        }

        void report(int frames) {
            System.out.printf(Locale.ROOT, "%30s CPU per frame: FX thread %.2f ms, render thread %.2f ms, all threads %.2f ms%n", "",
                    (mx.getCurrentThreadCpuTime() - fx) / 1e6 / frames, (render() - render) / 1e6 / frames,
                    (all() - all) / 1e6 / frames);
        }
    }

    private static void report(Phase phase, double scale, double[] pulse, double[] paint) {
        double[] p = pulse.clone();
        double[] q = paint.clone();
        java.util.Arrays.sort(p);
        java.util.Arrays.sort(q);
        System.out.printf(Locale.ROOT,
                "%-30s scale %.2f %-6s pulse median %5.2f ms p95 %5.2f max %6.2f | paint median %5.2f ms p95 %5.2f max %6.2f | %.0f fps%n",
                phase.name(), scale, Detail.at(scale), p[p.length / 2], p[(int) (p.length * 0.95)], p[p.length - 1],
                q[q.length / 2], q[(int) (q.length * 0.95)], q[q.length - 1], 1000 / p[p.length / 2]);
    }
}
