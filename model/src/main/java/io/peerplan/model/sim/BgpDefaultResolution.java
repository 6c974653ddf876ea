package io.peerplan.model.sim;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The default route BGP installs as a resolver of next hops. With {@code ip nht
 * resolve-via-default} zebra resolves a tracked next hop through any selected route of 0.0.0.0/0,
 * BGP's included (zebra_rnh_resolve_nexthop_entry, zebra/zebra_rnh.c), so 0.0.0.0/0 is computed
 * before every other prefix, and for itself to a fixed point: an iBGP path to 0.0.0.0/0 whose next
 * hop only the default covers is valid once another path to 0.0.0.0/0 is installed (found by the
 * differential test, random topology 611; DifferentialFindingsLabTest pins it on FRR). Each run lets the
 * previous run's best paths resolve; the runs stop when the routers resolving through the default
 * stay the same, after at most {@value #MAX_RUNS} (each costs one run of one prefix).
 *
 * <p>A path cannot resolve through itself: zebra refuses a route whose next hop resolves through
 * its own prefix (nexthop_active, zebra/zebra_nhg.c), so a router whose installed default paths
 * are all valid only through the default has no stable state in FRR (the path is valid while
 * another is installed, and selecting it uninstalls that one). Such a router is reported as
 * oscillating, like a BAD GADGET.
 */
final class BgpDefaultResolution {
    static final int MAX_RUNS = 4;

    private BgpDefaultResolution() {
    }

    /** True when some router has {@code ip nht resolve-via-default} and some speaker announces 0.0.0.0/0. */
    static boolean applies(CompiledNetwork net) {
        if (net.defaultPrefix < 0) {
            return false;
        }
        for (Speaker s : net.speakers) {
            if (s.router != null && s.router.bgp().nhtResolveViaDefault()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs 0.0.0.0/0 to its fixed point and leaves in {@code view} which routers resolve next hops
     * through it; returns its outcome.
     */
    static PrefixOutcome run(CompiledNetwork net, ScenarioView view, BooleanSupplier cancelled) {
        int d = net.defaultPrefix;
        PrefixRun run = new PrefixRun(net);
        // The first run resolves through no BGP default: none is installed yet.
        boolean[] used = new boolean[net.speakers.length];
        view.viaBgpDefault = null;
        for (int i = 1; ; i++) {
            PrefixOutcome out = run.run(view, d, cancelled);
            boolean[] now = resolvers(net, out);
            if (Arrays.equals(now, used) || i == MAX_RUNS) {
                // No fixed point after MAX_RUNS: the routers whose answer still changes oscillate.
                boolean[] before = used;
                int[] changing = IntStream.range(0, now.length).filter(s -> now[s] != before[s]).toArray();
                view.viaBgpDefault = used;
                return withSelfResolving(net, out, used, changing);
            }
            used = now;
            view.viaBgpDefault = now;
        }
    }

    /** Per speaker: it has {@code ip nht resolve-via-default} and a best BGP path to 0.0.0.0/0. */
    private static boolean[] resolvers(CompiledNetwork net, PrefixOutcome defaults) {
        boolean[] out = new boolean[net.speakers.length];
        for (Speaker s : net.speakers) {
            EntryData e = defaults.entry(s.index);
            out[s.index] = s.router != null && s.router.bgp().nhtResolveViaDefault() && e != null && e.best() != null;
        }
        return out;
    }

    /** The outcome, with the routers that only resolve through their own default (and {@code changing}) oscillating. */
    private static PrefixOutcome withSelfResolving(CompiledNetwork net, PrefixOutcome o, boolean[] resolvers, int[] changing) {
        int[] osc = IntStream.concat(Arrays.stream(changing),
                IntStream.range(0, resolvers.length).filter(s -> resolvers[s] && onlySelfResolving(net, o.entry(s))))
                .distinct().sorted().toArray();
        if (osc.length == 0) {
            return o;
        }
        return new PrefixOutcome(o.prefix(), o.speakers(), o.entries(), o.usedAdjacencies(), o.touchedSpeakers(), o.rounds(),
                osc, o.arrivals());
    }

    /** True when every path zebra would install for the default resolves only through the default. */
    private static boolean onlySelfResolving(CompiledNetwork net, EntryData e) {
        if (e == null || e.best() == null) {
            return false;
        }
        Route[] installed = e.multipath().length > 0 ? e.multipath() : new Route[] {e.best()};
        for (Route r : installed) {
            if (r.isLocal()) {
                return false;
            }
            Adjacency a = net.adjacencies[r.source.adjacency()];
            if (r.nextHop == a.fromAddress || a.to.resolves(r.nextHop)) {
                return false;
            }
        }
        return true;
    }
}
