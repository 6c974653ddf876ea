package io.peerplan.export.bench;

import io.peerplan.export.Bundle;
import io.peerplan.export.BundleExporter;
import io.peerplan.export.BundleWriter;
import io.peerplan.export.ExportOptions;
import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark command for the export target in docs/benchmarks.md: exporting the generated scale topology
 * ({@link ScaleTopology.Spec#DEFAULT}: 50 regions, 100 FRR gateways, 10 providers, 2000 speakers,
 * 6000 Service objects) takes at most 1 s. Measures the pure export (every file's text) and, apart,
 * writing the bundle folder. Warm-up runs first, then the median, minimum and maximum of the timed
 * runs. Run: {@code mvn -q -o -pl export -am verify -Pbench -DskipTests} (figures in docs/benchmarks.md).
 */
public final class ExportBenchmark {
    private static final int WARMUP = 5;
    private static final int RUNS = 15;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Topology t = ScaleTopology.generate(ScaleTopology.Spec.DEFAULT, 42);
        System.out.printf("Scale topology: %d routers, %d clusters, %d nodes, %d services, %d peerings%n", t.routers().size(),
                t.clusters().size(), t.clusters().stream().mapToInt(c -> c.nodes().size()).sum(),
                t.clusters().stream().mapToInt(c -> c.services().size()).sum(), t.peerings().size());
        Bundle bundle = null;
        List<Double> export = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long start = System.nanoTime();
            bundle = BundleExporter.export(t, ExportOptions.DEFAULT);
            double ms = (System.nanoTime() - start) / 1e6;
            if (i >= WARMUP) {
                export.add(ms);
            }
        }
        long bytes = bundle.files().stream().mapToLong(f -> f.content().length()).sum();
        System.out.printf("Bundle: %d files, %.1f MB of text%n", bundle.files().size(), bytes / 1e6);
        report("export (pure, BundleExporter.export)", export);
        Path dir = Files.createTempDirectory("peerplan-bench");
        List<Double> write = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long start = System.nanoTime();
            BundleWriter.write(bundle, "bench", dir.resolve("bundle"), false);
            double ms = (System.nanoTime() - start) / 1e6;
            if (i >= WARMUP) {
                write.add(ms);
            }
        }
        report("write the folder (BundleWriter.write, replacing the previous bundle)", write);
        List<Double> zip = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long start = System.nanoTime();
            BundleWriter.write(bundle, "bench", dir.resolve("bundle.zip"), false);
            double ms = (System.nanoTime() - start) / 1e6;
            if (i >= WARMUP) {
                zip.add(ms);
            }
        }
        report("write a .zip (BundleWriter.write, one atomic file)", zip);
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        System.out.printf("Target: export <= 1000 ms: %s%n", median(export) <= 1000 ? "met" : "NOT MET");
    }

    private static void report(String what, List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        System.out.printf("%s: median %.0f ms, min %.0f ms, max %.0f ms over %d runs (%d warm-up)%n", what, median(ms), s.getFirst(),
                s.getLast(), ms.size(), WARMUP);
    }

    private static double median(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
