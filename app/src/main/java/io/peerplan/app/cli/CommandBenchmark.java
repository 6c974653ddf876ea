package io.peerplan.app.cli;

import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code peerplan benchmark --commands}: what a user feels, as whole processes. Each row is a
 * command started from the launcher (the checkout's {@code ./peerplan} by default) on the scale
 * topology, run several times, round by round; the figures are the median CPU time (user +
 * system of the process and every child it waited for, from GNU time's {@code wait4} rusage, so
 * the launcher's own JDK search counts) and the median peak resident set. Loading the project
 * in-process (warm) is measured in this JVM. The load average is printed before and after, since
 * on a shared machine CPU time too grows with contention (caches, frequency).
 */
final class CommandBenchmark {
    private static final Path TIME = Path.of("/usr/bin/time");

    /** A row: what it runs, and its targets (CPU ms; peak RSS MiB, 0 for none). */
    private record Row(String name, List<String> args, long cpuTargetMs, long rssTargetMib, boolean anyExit) {
    }

    /** One process: CPU (user + system) and peak RSS. */
    private record Sample(long cpuMs, long rssKib) {
    }

    private final Path launcher;
    private final int runs;
    private final Path work;
    private final PrintWriter out;

    CommandBenchmark(Path launcher, int runs, Path work, PrintWriter out) {
        this.launcher = launcher;
        this.runs = runs;
        this.work = work;
        this.out = out;
    }

    /** Every row of docs/benchmarks.md's "Whole commands" table; true when every target is met. */
    boolean run() throws IOException, ProjectLoadException {
        Files.createDirectories(work);
        requireTools();
        Path scale = fresh(work.resolve("scale.peerplan.yaml"));
        prepare("generate", "-o", scale.toString());
        Path routers = fresh(work.resolve("routers-1000.peerplan.yaml"));
        prepare("generate", "--regions", "250", "--speakers", "2500", "--gateways", "1000", "--services", "5000", "-o",
                routers.toString());
        Path routerBundle = fresh(work.resolve("routers-1000-bundle"));
        prepare("export", "--force", routers.toString(), "-o", routerBundle.toString());
        List<String> frrConfigs;
        try (Stream<Path> s = Files.walk(routerBundle)) {
            frrConfigs = s.filter(p -> p.getFileName().toString().equals("frr.conf")).map(Path::toString).sorted().toList();
        }
        header("scale topology " + scale + " (" + Files.size(scale) / 1024 + " KiB); import set: " + frrConfigs.size()
                + " frr.conf files of " + routerBundle + "; the rows run round by round, each once per round");

        boolean met = true;
        warmUp(scale);
        for (int i = 0; i < runs; i++) {
            fresh(work.resolve("bundle-" + i));
        }
        List<String> importArgs = new ArrayList<>(List.of("import", "--force", "-o", work.resolve("imported.peerplan.yaml").toString()));
        importArgs.addAll(frrConfigs);
        List<Row> rows = List.of(
                new Row("validate", List.of("validate", scale.toString()), 1500, 300, true),
                new Row("simulate --format json", List.of("simulate", "--format", "json", scale.toString()), 2500, 500, false),
                new Row("export -o DIR", List.of("export", scale.toString(), "-o", work.resolve("bundle-{run}").toString()),
                        1500, 300, false),
                new Row("import of " + frrConfigs.size() + " FRR configs", importArgs, 2000, 400, false),
                new Row("--version (start-up floor)", List.of("--version"), 500, 0, false));
        // Round by round, every row once per round and the in-process loads spread over the rounds too:
        // a slow spell of a shared machine (its speed swings by a fifth, at times nearly doubles, for
        // seconds to minutes) then costs each row one run, not one row all of its runs.
        List<Sample> loads = new ArrayList<>();
        int loadsPerRound = (Math.max(runs, 10) + runs - 1) / runs;
        List<List<Sample>> samples = new ArrayList<>();
        rows.forEach(r -> samples.add(new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (int k = 0; k < loadsPerRound; k++) {
                loads.add(loadOnce(scale));
            }
            for (int i = 0; i < rows.size(); i++) {
                samples.get(i).add(sample(rows.get(i), run));
            }
        }
        met &= report("load the project (in-process, warm)", loads, 150, 0);
        for (int i = 0; i < rows.size(); i++) {
            met &= report(rows.get(i).name(), samples.get(i), rows.get(i).cpuTargetMs(), rows.get(i).rssTargetMib());
        }
        out.printf("load average at the end: %s%n", loadAverage());
        out.printf(met ? "every target met%n" : "NOT every target met%n");
        out.flush();
        return met;
    }

    /**
     * {@code simulate --format FORMAT} at several multiples of the scale topology (every dimension
     * times k, rounded), and the exponent of CPU time fitted by least squares on logarithms, against
     * k and against the project file's size: 1 is linear growth. The dense topology grows as k²
     * (every anycast IP of k times the regions in each of them), so its growth is read against the
     * file's size, and fractions of k keep it under the loader's size limit.
     */
    boolean growth(List<Double> factors, boolean dense, String format) throws IOException {
        Files.createDirectories(work);
        requireTools();
        header("growth of simulate --format " + format + (dense ? " on the dense topology (every service in every region)" : ""));
        ScaleTopology.Spec d = ScaleTopology.Spec.DEFAULT;
        double[] k = new double[factors.size()];
        double[] size = new double[factors.size()];
        double[] cpu = new double[factors.size()];
        out.printf("  %-5s %-34s %10s %10s %10s%n", "k", "topology", "file (KiB)", "CPU (ms)", "RSS (MiB)");
        for (int i = 0; i < factors.size(); i++) {
            k[i] = factors.get(i);
            String label = factor(k[i]);
            Path file = fresh(work.resolve("scale-" + label + "x" + (dense ? "-dense" : "") + ".peerplan.yaml"));
            List<String> gen = new ArrayList<>(List.of("generate", "--regions", times(d.regions(), k[i]),
                    "--speakers", times(d.speakers(), k[i]), "--gateways", times(d.gateways(), k[i]),
                    "--providers", times(d.providers(), k[i]), "--services", times(d.services(), k[i]), "-o", file.toString()));
            if (dense) {
                gen.add("--dense");
            }
            prepare(gen.toArray(String[]::new));
            Sample m = median(measure(new Row("x" + label, List.of("simulate", "--format", format, file.toString()), 0, 0, false)));
            size[i] = Files.size(file);
            cpu[i] = Math.max(1, m.cpuMs());
            out.printf("  %-5s %-34s %10d %10d %10d%n", label, file.getFileName(), (long) size[i] / 1024, m.cpuMs(), m.rssKib() >> 10);
            out.flush();
        }
        if (factors.size() >= 2) {
            out.printf("fitted exponent (CPU ~ k^e): e = %.2f; against the file's size (CPU ~ bytes^e): e = %.2f%n",
                    slope(log(k), log(cpu)), slope(log(size), log(cpu)));
        }
        out.printf("load average at the end: %s%n", loadAverage());
        out.flush();
        return true;
    }

    /** A dimension of the default topology times k, rounded, at least 1. */
    private static String times(int n, double k) {
        return Long.toString(Math.max(1, Math.round(n * k)));
    }

    /** k as typed: 2, 0.25. */
    private static String factor(double k) {
        return java.math.BigDecimal.valueOf(k).stripTrailingZeros().toPlainString();
    }

    private static double[] log(double[] v) {
        return Arrays.stream(v).map(Math::log).toArray();
    }

    private void header(String what) {
        out.printf("Whole commands, %d runs each, launcher %s; %s%nJVM of this benchmark %s, %d processors, load average %s%n",
                runs, launcher, what, Runtime.version(), Runtime.getRuntime().availableProcessors(), loadAverage());
        out.flush();
    }

    /**
     * Checks the tools, then starts the launcher once unmeasured: a checkout's first start after a
     * build trains its AOT cache, which no row should pay for.
     */
    private void requireTools() throws IOException {
        if (!Files.isExecutable(TIME)) {
            throw new IllegalStateException(TIME + " (GNU time) is needed to read a process tree's CPU time and peak memory"
                    + " (apt-get install time)");
        }
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no launcher at " + launcher + " (run from the checkout, or give --launcher)");
        }
        measure(new Row("first start", List.of("--version"), 0, 0, false));
    }

    /** Runs an unmeasured preparation step in this JVM through the same command line. */
    private void prepare(String... args) {
        StringWriter err = new StringWriter();
        int code = PeerplanCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
        if (code != ExitCodes.OK) {
            throw new IllegalStateException("peerplan " + String.join(" ", args) + " failed: " + err);
        }
    }

    /** Ten unmeasured loads, so the measured ones run compiled code (C1, as the launcher's options say). */
    private static void warmUp(Path file) throws ProjectLoadException {
        for (int i = 0; i < 10; i++) {
            ProjectCodec.read(file);
        }
    }

    /** One warm load in this JVM: the loading thread's CPU time. */
    private static Sample loadOnce(Path file) throws ProjectLoadException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        ProjectCodec.read(file);
        return new Sample((threads.getCurrentThreadCpuTime() - c0) / 1_000_000, 0);
    }

    private List<Sample> measure(Row row) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(sample(row, i));
        }
        return samples;
    }

    /** One run of the row's command as a process: its CPU (user + system) and peak RSS from GNU time. */
    private Sample sample(Row row, int run) throws IOException {
        Path rusage = work.resolve("rusage.txt");
        Path err = work.resolve("stderr.txt");
        List<String> cmd = new ArrayList<>(List.of(TIME.toString(), "-f", "%U %S %M", "-o", rusage.toString(), launcher.toString()));
        for (String a : row.args()) {
            cmd.add(a.replace("{run}", Integer.toString(run)));
        }
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        if (code != 0 && !(row.anyExit() && code == ExitCodes.INPUT_ERRORS)) {
            throw new IllegalStateException(row.name() + " exited " + code + ": " + Files.readString(err));
        }
        String[] f = lastLine(Files.readString(rusage)).trim().split("\\s+");
        return new Sample(Math.round((Double.parseDouble(f[0]) + Double.parseDouble(f[1])) * 1000), Long.parseLong(f[2]));
    }

    /** GNU time writes "Command exited with non-zero status N" before the figures when it did. */
    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private boolean report(String name, List<Sample> samples, long cpuTarget, long rssTarget) {
        Sample m = median(samples);
        long[] cpu = samples.stream().mapToLong(Sample::cpuMs).sorted().toArray();
        boolean cpuMet = m.cpuMs() <= cpuTarget;
        boolean rssMet = rssTarget == 0 || (m.rssKib() >> 10) <= rssTarget;
        out.printf("  %-38s CPU %6d ms (min %d, max %d) target %5d ms %-7s", name, m.cpuMs(), cpu[0], cpu[cpu.length - 1], cpuTarget,
                cpuMet ? "met" : "NOT met");
        if (m.rssKib() > 0) {
            out.printf("  peak RSS %5d MiB", m.rssKib() >> 10);
            if (rssTarget > 0) {
                out.printf(" target %4d MiB %s", rssTarget, rssMet ? "met" : "NOT met");
            }
        }
        out.printf("   [load %s]%n", loadAverage());
        out.flush();
        return cpuMet && rssMet;
    }

    private static Sample median(List<Sample> samples) {
        long[] cpu = samples.stream().mapToLong(Sample::cpuMs).sorted().toArray();
        long[] rss = samples.stream().mapToLong(Sample::rssKib).sorted().toArray();
        return new Sample(cpu[cpu.length / 2], rss[rss.length / 2]);
    }

    private static double slope(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (x[i] - mx) * (y[i] - my);
            den += (x[i] - mx) * (x[i] - mx);
        }
        return num / den;
    }

    /** The 1-, 5- and 15-minute load averages, as /proc/loadavg gives them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | UncheckedIOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The path, after deleting what a previous benchmark left there (a file or a folder). */
    private static Path fresh(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> s = Files.walk(path)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return path;
    }
}
