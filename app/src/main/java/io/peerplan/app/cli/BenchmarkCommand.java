package io.peerplan.app.cli;

import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.Simulation;
import io.peerplan.model.sim.SimulationResult;
import io.peerplan.model.sim.Simulator;
import io.peerplan.model.io.ProjectLoadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peerplan benchmark}: the simulator's figures on the generated scale topology (the same
 * one {@code peerplan generate} writes): a full simulation (compile + every prefix), what-ifs
 * after single failures, and the heap. Medians over several measured runs after warm-up; run it
 * as in docs/benchmarks.md, e.g. {@code JAVA_TOOL_OPTIONS=-Xmx512m ./peerplan benchmark}.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, description = {"Measure the BGP simulator on the generated scale topology (docs/benchmarks.md).",
        "Run with JAVA_TOOL_OPTIONS=-Xmx512m to check the heap budget. --commands measures whole commands as processes instead."})
final class BenchmarkCommand implements Callable<Integer> {
    private static final ScaleTopology.Spec D = ScaleTopology.Spec.DEFAULT;

    @Spec
    CommandSpec spec;

    @Option(names = "--regions", paramLabel = "N")
    int regions = D.regions();

    @Option(names = "--speakers", paramLabel = "N")
    int speakers = D.speakers();

    @Option(names = "--gateways", paramLabel = "N")
    int gateways = D.gateways();

    @Option(names = "--providers", paramLabel = "N")
    int providers = D.providers();

    @Option(names = "--services", paramLabel = "N")
    int services = D.services();

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
    long seed;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5", description = "Unmeasured runs first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs (default 15; 5 with --commands or --growth).")
    Integer runsOption;

    private int runs;

    @Option(names = "--commands", description = "Measure whole commands as processes started from the launcher instead: "
            + "load, validate, simulate --format json, export, import, --version, each against its target (docs/benchmarks.md).")
    boolean commands;

    @Option(names = "--growth", paramLabel = "K", split = ",", description = "Measure simulate --format json as a process on the "
            + "scale topology times each K (e.g. 1,2,4,6,10; fractions such as 0.5 too) and fit the exponent of its growth, "
            + "against K and against the project file's size.")
    List<Double> growth = new ArrayList<>();

    @Option(names = "--growth-format", paramLabel = "FORMAT", defaultValue = "json", description = "With --growth: simulate's output "
            + "format, json (default) or text.")
    String growthFormat;

    @Option(names = "--dense", description = "With --growth: every anycast service in every region (generate --dense).")
    boolean dense;

    @Option(names = "--launcher", paramLabel = "FILE", defaultValue = "./peerplan", description = "With --commands or --growth: the "
            + "launcher to start (default ${DEFAULT-VALUE}, the checkout's).")
    Path launcher;

    @Option(names = "--work", paramLabel = "DIR", description = "With --commands or --growth: where to write the generated designs "
            + "and outputs (default: peerplan-benchmark in the temporary folder).")
    Path work;

    @Option(names = "--fail", paramLabel = "ID", description = "Elements to fail one at a time for the what-if figures "
            + "(default: a gateway, a node, a provider and a region).")
    List<String> fail = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (growth.stream().anyMatch(k -> !(k > 0 && k < Double.POSITIVE_INFINITY))) {
            spec.commandLine().getErr().println("peerplan benchmark: --growth takes factors above 0, e.g. 0.5,1,2");
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        if (commands || !growth.isEmpty()) {
            return wholeCommands(out);
        }
        runs = runsOption == null ? 15 : runsOption;
        ScaleTopology.Spec s;
        try {
            s = new ScaleTopology.Spec(regions, speakers, gateways, providers, services);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("peerplan benchmark: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        Topology t = ScaleTopology.generate(s, seed);
        if (fail.isEmpty()) {
            int r = Math.min(7, regions - 1);
            fail = List.of("r" + r + "-gw0", "r" + r + "-n3", "p" + Math.min(3, providers - 1), "r" + r);
        }
        out.printf("Scale topology %s, seed %d: %d routers, %d nodes, %d peerings%n", s, seed, t.routers().size(),
                t.clusters().stream().mapToInt(c -> c.nodes().size()).sum(), t.peerings().size());
        out.printf("JVM %s, %d processors, max heap %d MB, load average %.2f%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();

        long[] compile = new long[runs];
        long[] baseline = new long[runs];
        long[] total = new long[runs];
        long[] totalCpu = new long[runs];
        long[][] whatIf = new long[fail.size()][runs];
        long[][] whatIfCpu = new long[fail.size()][runs];
        int[] recomputed = new int[fail.size()];
        int prefixes = 0;
        HeapSampler heap = new HeapSampler();
        long gcBefore = 0;
        for (int i = -warmup; i < runs; i++) {
            if (i == 0) {
                heap.start();
                gcBefore = gcMillis();
            }
            long c0 = cpu();
            long t0 = System.nanoTime();
            Simulation sim = Simulator.prepare(t);
            long t1 = System.nanoTime();
            SimulationResult b = sim.baseline();
            long t2 = System.nanoTime();
            long c2 = cpu();
            prefixes = b.prefixes().size();
            for (int f = 0; f < fail.size(); f++) {
                long wc = cpu();
                long w0 = System.nanoTime();
                SimulationResult w = sim.run(Scenario.failing(fail.get(f)));
                long w1 = System.nanoTime();
                recomputed[f] = w.recomputedPrefixes();
                if (i >= 0) {
                    whatIf[f][i] = w1 - w0;
                    whatIfCpu[f][i] = cpu() - wc;
                }
            }
            if (i >= 0) {
                compile[i] = t1 - t0;
                baseline[i] = t2 - t1;
                total[i] = t2 - t0;
                totalCpu[i] = c2 - c0;
            }
        }
        long gc = gcMillis() - gcBefore;
        long peak = heap.stop();
        // The process CPU clock advances in scheduler ticks (10 ms on Linux), so a single what-if
        // reads 0 or 10 ms: the mean over all measured runs is the figure that means something.
        out.printf("%d prefixes; %d measured runs after %d warm-up runs. Wall time min / median / max, then mean CPU time"
                + " (all threads of the process), in ms:%n", prefixes, runs, warmup);
        out.printf("  full simulation     %s   cpu %s   (compile %s, all prefixes %s)%n", stats(total), mean(totalCpu),
                median(compile), median(baseline));
        for (int f = 0; f < fail.size(); f++) {
            out.printf("  what-if fail %-12s %s   cpu %s   (%d prefixes recomputed)%n", fail.get(f), stats(whatIf[f]),
                    mean(whatIfCpu[f]), recomputed[f]);
        }
        System.gc();
        Simulation held = Simulator.prepare(t);
        SimulationResult heldBaseline = held.baseline();
        SimulationResult heldWhatIf = held.run(Scenario.failing(fail.get(0)));
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        out.printf("  heap in use, peak (sampled every ms during the measured runs): %d MB of %d MB max; GC %d ms in all%n",
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20, gc);
        out.printf("  live heap after GC holding the compiled network, its baseline and one what-if: %d MB%n", retained >> 20);
        out.printf("Load average at the end %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        return heldBaseline.converged() && heldWhatIf.converged() ? ExitCodes.OK : ExitCodes.INPUT_ERRORS;
    }

    private int wholeCommands(PrintWriter out) {
        Path dir = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"), "peerplan-benchmark");
        CommandBenchmark bench = new CommandBenchmark(launcher.toAbsolutePath(), runsOption == null ? 5 : runsOption, dir, out);
        try {
            boolean met = true;
            if (commands) {
                met = bench.run();
            }
            if (!growth.isEmpty()) {
                bench.growth(growth, dense, growthFormat);
            }
            return met ? ExitCodes.OK : ExitCodes.INPUT_ERRORS;
        } catch (IOException | ProjectLoadException | IllegalStateException e) {
            spec.commandLine().getErr().println("peerplan benchmark: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.INPUT_ERRORS;
        }
    }

    /** Process CPU time in ns (every thread), or 0 where the platform does not report it. */
    private static long cpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
    }

    /** Polls the heap in use every millisecond on a daemon thread and keeps the maximum. */
    private static final class HeapSampler implements Runnable {
        private volatile boolean running;
        private volatile long max;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(this, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return max;
        }

        @Override
        public void run() {
            while (running) {
                max = Math.max(max, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("%7.1f / %7.1f / %7.1f", s[0] / 1e6, s[s.length / 2] / 1e6, s[s.length - 1] / 1e6);
    }

    private static String mean(long[] nanos) {
        return String.format("%.1f", Arrays.stream(nanos).average().orElse(0) / 1e6);
    }

    private static String median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("%.1f", s[s.length / 2] / 1e6);
    }
}
