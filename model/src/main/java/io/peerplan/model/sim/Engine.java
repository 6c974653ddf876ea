package io.peerplan.model.sim;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Runs prefixes, each independently (BGP selects per prefix), spread over the common fork-join
 * pool in interleaved chunks, each chunk with its own {@link PrefixRun} workspace. A what-if
 * reruns only the prefixes the scenario can change: those whose baseline run sent an update to a
 * surviving speaker over a session the scenario takes down, were originated by a failed speaker,
 * or reached a router whose route-maps it overrides; each of those starts from its baseline state
 * and recomputes only the speakers the change reaches. A prefix whose only loss is what a failed
 * speaker itself held keeps the baseline's outcome without the failed speakers' entries; every
 * other prefix is the baseline's outcome, shared.
 */
final class Engine {
    /** Below this many prefixes one thread is faster than splitting the work. */
    private static final int PARALLEL_THRESHOLD = 64;

    private Engine() {
    }

    static PrefixOutcome[] runAll(CompiledNetwork net, ScenarioView view, BooleanSupplier cancelled) {
        int[] all = IntStream.range(0, net.prefixKeys.length).toArray();
        PrefixOutcome[] out = new PrefixOutcome[all.length];
        if (BgpDefaultResolution.applies(net)) {
            // The default route first: with `ip nht resolve-via-default` the default BGP installed
            // resolves every other prefix's next hops.
            int d = net.defaultPrefix;
            out[d] = BgpDefaultResolution.run(net, view, cancelled);
            all = IntStream.range(0, net.prefixKeys.length).filter(p -> p != d).toArray();
        }
        run(net, view, all, out, null, null, cancelled);
        return out;
    }

    /** The scenario's outcomes, recomputing only what differs from the baseline; returns them and counts reruns. */
    static PrefixOutcome[] rerun(CompiledNetwork net, ScenarioView baselineView, PrefixOutcome[] baseline,
            ScenarioView view, BooleanSupplier cancelled, int[] recomputed) {
        return rerun(net, baselineView, baseline, view, cancelled, recomputed, false);
    }

    /** As {@link #rerun}; {@code everything} reruns every prefix (what tests compare the filter against). */
    static PrefixOutcome[] rerun(CompiledNetwork net, ScenarioView baselineView, PrefixOutcome[] baseline,
            ScenarioView view, BooleanSupplier cancelled, int[] recomputed, boolean everything) {
        if (BgpDefaultResolution.applies(net)) {
            // Whether the default route resolves next hops may change with the scenario, and with
            // it every prefix: the what-if is computed whole.
            recomputed[0] = baseline.length;
            return runAll(net, view, cancelled);
        }
        BitSet downNow = new BitSet();
        for (Session s : net.sessions) {
            boolean was = baselineView.sessionUp[s.index];
            boolean is = view.sessionUp[s.index];
            if (is && !was) {
                // A session the baseline lacked (a listen limit freed by a failure): anything may change.
                recomputed[0] = baseline.length;
                return runAll(net, view, cancelled);
            }
            if (was && !is && s.ab != null) {
                // What a failed speaker received only mattered to its own table, which goes with it.
                if (!view.speakerDown[s.b.index]) {
                    downNow.set(s.ab.index);
                }
                if (!view.speakerDown[s.a.index]) {
                    downNow.set(s.ba.index);
                }
            }
        }
        BitSet downSpeakers = new BitSet();
        for (int i = 0; i < view.speakerDown.length; i++) {
            if (view.speakerDown[i]) {
                downSpeakers.set(i);
            }
        }
        // Only adjacencies into a speaker that keeps routes can have carried anything.
        int[] lost = downNow.stream().filter(i -> !net.adjacencies[i].to.behaviour.acceptsNothing()).toArray();
        PrefixOutcome[] out = baseline.clone();
        int[] affected = new int[baseline.length];
        int count = 0;
        for (int p = 0; p < baseline.length; p++) {
            if (everything || affected(net, view, baseline[p], downNow)) {
                affected[count++] = p;
            } else if (baseline[p].touchedSpeakers().intersects(downSpeakers)) {
                // Nothing the failure changes reaches a surviving speaker: only the failed ones' entries go.
                out[p] = baseline[p].without(view.speakerDown);
            }
        }
        affected = java.util.Arrays.copyOf(affected, count);
        recomputed[0] = count;
        run(net, view, affected, out, baseline, lost, cancelled);
        return out;
    }

    private static boolean affected(CompiledNetwork net, ScenarioView view, PrefixOutcome o, BitSet downNow) {
        if (o.usedAdjacencies().intersects(downNow)) {
            return true;
        }
        for (Origin origin : net.origins[o.prefix()]) {
            if (view.speakerDown[origin.speaker()]) {
                return true;
            }
        }
        for (int s : view.overridden) {
            if (o.touchedSpeakers().get(s)) {
                return true;
            }
        }
        return false;
    }

    /** Runs the prefixes, from scratch or (with {@code base}) from the baseline's outcome. */
    private static void run(CompiledNetwork net, ScenarioView view, int[] prefixes, PrefixOutcome[] out,
            PrefixOutcome[] base, int[] lost, BooleanSupplier cancelled) {
        int n = prefixes.length;
        int chunks = n < PARALLEL_THRESHOLD ? 1 : Math.max(1, ForkJoinPool.getCommonPoolParallelism() + 1) * 4;
        Map<BitSet, BitSet> sharedSets = new ConcurrentHashMap<>();
        IntStream.range(0, chunks).parallel().forEach(c -> {
            PrefixRun run = new PrefixRun(net, sharedSets);
            for (int i = c; i < n; i += chunks) {
                check(cancelled);
                int p = prefixes[i];
                out[p] = base == null ? run.run(view, p, cancelled) : run.rerun(view, p, base[p], lost, cancelled);
            }
        });
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("simulation cancelled");
        }
    }
}
