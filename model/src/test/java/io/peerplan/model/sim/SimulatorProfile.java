package io.peerplan.model.sim;

import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * A profiling main (not a test): compiles and simulates the scale topology over and over, then
 * prints the median wall and calling-thread CPU time of compile and baseline, so a JFR recording
 * ({@code -XX:StartFlightRecording}) or a before/after comparison has a steady loop to look at.
 * Arguments: {@code [runs] [compile|baseline|all]}. See docs/benchmarks.md.
 */
public final class SimulatorProfile {
    private SimulatorProfile() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        String what = args.length > 1 ? args[1] : "all";
        Topology t = ScaleTopology.generate(ScaleTopology.Spec.DEFAULT, 1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] compile = new long[runs];
        long[] compileCpu = new long[runs];
        long[] baseline = new long[runs];
        int sink = 0;
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Simulation sim = Simulator.prepare(t);
            long t1 = System.nanoTime();
            compileCpu[i] = threads.getCurrentThreadCpuTime() - c0;
            compile[i] = t1 - t0;
            if (!what.equals("compile")) {
                sink += sim.baseline().recomputedPrefixes();
                baseline[i] = System.nanoTime() - t1;
            }
        }
        System.out.printf("compile median %.1f ms (thread cpu %.1f ms), baseline median %.1f ms [%d]%n", median(compile),
                median(compileCpu), median(baseline), sink);
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
