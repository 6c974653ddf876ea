package io.peerplan.model.validate;

import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark main (not a test) that complements {@link ValidatorBenchmark}: it validates the scale
 * topology many times and prints the median and 90th percentile of both wall-clock and thread CPU
 * time, then the rules that cost the most CPU. CPU time is what to compare when the machine is shared
 * and busy (wall-clock then measures the neighbours). Usage in docs/benchmarks.md.
 */
public final class ValidatorProfile {
    private ValidatorProfile() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Topology t = ScaleTopology.generate(ScaleTopology.Spec.DEFAULT, 42);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Double> perRule = new LinkedHashMap<>();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        int findings = 0;
        for (int r = 0; r < warmup + runs; r++) {
            Context ctx = new Context(t);
            List<Finding> out = new ArrayList<>();
            long w0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            for (Rule rule : Validator.catalogRules()) {
                long s = mx.getCurrentThreadCpuTime();
                rule.check().run(ctx, new Sink(rule.info(), out));
                if (r >= warmup) {
                    perRule.merge(rule.info().id(), (mx.getCurrentThreadCpuTime() - s) / 1e6 / runs, Double::sum);
                }
            }
            if (r >= warmup) {
                wall[r - warmup] = (System.nanoTime() - w0) / 1e6;
                cpu[r - warmup] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                findings = out.size();
            }
        }
        System.out.printf("scale topology %s: %d findings, %d rules%n", ScaleTopology.Spec.DEFAULT, findings, Validator.rules().size());
        System.out.printf("wall ms: median %.1f, p90 %.1f%n", percentile(wall, 50), percentile(wall, 90));
        System.out.printf("cpu  ms: median %.1f, p90 %.1f%n", percentile(cpu, 50), percentile(cpu, 90));
        System.out.println("most expensive rules (mean CPU ms, the first user of a shared analysis pays for it):");
        perRule.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("  %-38s %6.2f%n", e.getKey(), e.getValue()));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
