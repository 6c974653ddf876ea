package io.peerplan.export.lab;

import io.peerplan.model.BgpOptions;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.sim.BgpPath;
import io.peerplan.model.sim.Rib;
import io.peerplan.model.sim.RibEntry;
import io.peerplan.model.sim.SimulationResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which (speaker, prefix) answers of real FRR depend on the order updates happen to arrive in
 * (FrrFactsTest batches 1–3), judged from the simulator's candidate paths:
 * <ul>
 * <li>two eBGP paths equal down to the "Older Path" step, without {@code bgp bestpath
 *     compare-routerid}: the one selected first stays;</li>
 * <li>three or more paths where the best beats the others at different steps: FRR shows the
 *     reason of its last comparison, against the oldest path.</li>
 * </ul>
 * A lab run cannot fix the arrival order of updates that race within bgpd's 50 ms batching window,
 * so the random agreement test uses seeds whose topologies have no such answer (the samples' few
 * such cases are decided by hop count, which the lab does reproduce).
 */
final class ArrivalOrder {
    private ArrivalOrder() {
    }

    /** Entries whose FRR answer depends on arrival order, as "speaker prefix: why". */
    static List<String> sensitive(Topology t, SimulationResult r) {
        Set<String> compareRouterId = new HashSet<>();
        Map<String, BgpOptions> options = new java.util.HashMap<>();
        for (Router x : t.routers()) {
            options.put(x.id(), x.bgp());
            if (x.bgp().compareRouterId()) {
                compareRouterId.add(x.id());
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Rib> e : r.ribs().entrySet()) {
            for (RibEntry entry : e.getValue().entries().values()) {
                List<BgpPath> c = entry.candidates().stream().filter(BgpPath::valid).toList();
                if (c.size() < 2 || entry.best().isEmpty()) {
                    continue;
                }
                BgpPath best = entry.best().get();
                Set<Integer> steps = new HashSet<>();
                for (BgpPath p : c) {
                    if (p == best || p.equals(best)) {
                        continue;
                    }
                    int step = decisiveStep(best, p, options.getOrDefault(e.getKey(), BgpOptions.DEFAULT));
                    steps.add(step);
                    if (step == TIE && "external".equals(best.peerType()) && "external".equals(p.peerType())
                            && !compareRouterId.contains(e.getKey())) {
                        out.add(e.getKey() + " " + entry.prefix() + ": eBGP tie decided by arrival (Older Path)");
                    }
                }
                if (c.size() >= 3 && steps.size() > 1) {
                    out.add(e.getKey() + " " + entry.prefix() + ": " + c.size()
                            + " paths losing at different steps; the reason depends on the oldest");
                }
                if (medOrderDependent(best, c, options.getOrDefault(e.getKey(), BgpOptions.DEFAULT))) {
                    out.add(e.getKey() + " " + entry.prefix() + ": MED decides within one neighbouring AS while a"
                            + " path from another ties with them; the winner depends on the path order");
                }
            }
        }
        return out;
    }

    static final int TIE = 99;

    /**
     * RFC 4271's MED is compared only between paths from one neighbouring AS, so with a path from
     * another AS that ties with them up to MED the comparison is not transitive: which path wins
     * depends on the order bgp_best_selection walks them, unless {@code bgp deterministic-med}
     * (groups by AS first) or {@code bgp always-compare-med}. Seed 6 showed FRR's order and the
     * simulator's part there.
     */
    static boolean medOrderDependent(BgpPath best, List<BgpPath> valid, BgpOptions o) {
        boolean dmed = o.deterministicMed() != null ? o.deterministicMed() : o.effectiveDefaults().deterministicMed();
        if (dmed || o.alwaysCompareMed()) {
            return false;
        }
        Map<Long, Set<Long>> medsByNeighborAs = new java.util.HashMap<>();
        for (BgpPath p : valid) {
            if (p != best && !p.equals(best) && decisiveStep(best, p, o) < 6) {
                continue;
            }
            long as = p.asPath().isEmpty() ? -1 : p.asPath().getFirst();
            medsByNeighborAs.computeIfAbsent(as, k -> new HashSet<>()).add(med(p, o));
        }
        return medsByNeighborAs.size() > 1 && medsByNeighborAs.values().stream().anyMatch(m -> m.size() > 1);
    }

    /**
     * The first step of FRR's order (reference.md §2, up to peer type) where the two differ, or TIE;
     * as bgp_path_info_cmp with the router's {@code bgp bestpath as-path ignore}, {@code med
     * missing-as-worst} and {@code always-compare-med}.
     */
    static int decisiveStep(BgpPath a, BgpPath b, BgpOptions o) {
        if (a.weight() != b.weight()) {
            return 1;
        }
        if (localPref(a) != localPref(b)) {
            return 2;
        }
        if (a.isLocal() != b.isLocal()) {
            return 3;
        }
        if (!o.asPathIgnore() && a.asPath().size() != b.asPath().size()) {
            return 4;
        }
        if (!a.origin().equals(b.origin())) {
            return 5;
        }
        boolean sameNeighborAs = a.asPath().isEmpty() && b.asPath().isEmpty()
                || !a.asPath().isEmpty() && !b.asPath().isEmpty()
                        && Objects.equals(a.asPath().getFirst(), b.asPath().getFirst());
        if ((sameNeighborAs || o.alwaysCompareMed()) && med(a, o) != med(b, o)) {
            return 6;
        }
        if (!Objects.equals(a.peerType(), b.peerType())) {
            return 7;
        }
        return TIE;
    }

    private static long localPref(BgpPath p) {
        return p.localPref() == null ? 100 : p.localPref();
    }

    private static long med(BgpPath p, BgpOptions o) {
        return p.med() != null ? p.med() : o.medMissingAsWorst() ? 4294967295L : 0;
    }
}
