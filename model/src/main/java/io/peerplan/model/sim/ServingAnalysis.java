package io.peerplan.model.sim;

import io.peerplan.model.Cluster;
import io.peerplan.model.Ip;
import io.peerplan.model.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Follows best paths (and multipaths) from a vantage back to where each prefix is originated: the
 * MetalLB speakers that serve it, or the routers a path ends at. Anycast views, failover budgets
 * and scenario changes are all read off these traces, memoised per (speaker, prefix).
 */
final class ServingAnalysis {
    private final SimulationResult result;
    private final CompiledNetwork net;
    private final TraceMemo memo;
    private volatile List<ServiceIp> serviceIps;

    /** Terminal speakers and the sessions crossed on the way to them: {@link SortedInts} sets, shared. */
    record Trace(int[] terminals, int[] sessions) {
        static final Trace NONE = new Trace(SortedInts.EMPTY, SortedInts.EMPTY);
    }

    /** A service IP, the services holding it, and the prefixes containing it, longest first. */
    record ServiceIp(Ip ip, List<String> services, int[] prefixes) {
    }

    ServingAnalysis(SimulationResult result) {
        this.result = result;
        this.net = result.simulation().net();
        this.memo = new TraceMemo(net.prefixes.length);
    }

    Trace trace(int speaker, int prefix) {
        synchronized (memo.lock(prefix)) {
            return trace(speaker, prefix, new Visiting());
        }
    }

    /**
     * The speakers on the way being followed, to stop at a loop: a stack as deep as the path (a few
     * hops), searched linearly, so no boxed speaker per step (a hash set of Integers was a tenth of
     * the traces' allocation at 10× the scale topology).
     */
    private static final class Visiting {
        private int[] speakers = new int[8];
        private int size;

        boolean enter(int speaker) {
            for (int i = 0; i < size; i++) {
                if (speakers[i] == speaker) {
                    return false;
                }
            }
            if (size == speakers.length) {
                speakers = Arrays.copyOf(speakers, size * 2);
            }
            speakers[size++] = speaker;
            return true;
        }

        void leave() {
            size--;
        }
    }

    private Trace trace(int speaker, int prefix, Visiting visiting) {
        Trace t = memo.get(prefix, speaker);
        if (t != null) {
            return t;
        }
        EntryData e = result.data(speaker, prefix);
        if (e == null || e.best() == null || !visiting.enter(speaker)) {
            return Trace.NONE;
        }
        int[] terminals = SortedInts.EMPTY;
        int[] sessions = SortedInts.EMPTY;
        Route[] multipath = e.multipath();
        int count = multipath.length > 0 ? multipath.length : 1;
        for (int i = 0; i < count; i++) {
            Route r = multipath.length > 0 ? multipath[i] : e.best();
            if (r.isLocal()) {
                terminals = SortedInts.with(terminals, speaker);
                continue;
            }
            sessions = SortedInts.with(sessions, net.adjacencies[r.adjacency()].session.index);
            EntryData upstream = result.data(r.fromSpeaker(), prefix);
            if (upstream == null || upstream.best() == null) {
                // The neighbor sent it without holding it (default-originate): the path ends there.
                terminals = SortedInts.with(terminals, r.fromSpeaker());
                continue;
            }
            Trace up = trace(r.fromSpeaker(), prefix, visiting);
            terminals = SortedInts.union(terminals, up.terminals());
            sessions = SortedInts.union(sessions, up.sessions());
        }
        visiting.leave();
        t = new Trace(terminals, sessions);
        memo.put(prefix, speaker, t);
        return t;
    }

    List<ServiceIp> serviceIps() {
        List<ServiceIp> l = serviceIps;
        if (l == null) {
            Map<Integer, List<String>> byIp = new LinkedHashMap<>();
            for (Cluster c : net.topology.clusters()) {
                for (Service s : c.services()) {
                    for (String text : s.ips()) {
                        Ip ip = V4.parseIp(text);
                        if (ip != null) {
                            byIp.computeIfAbsent(V4.of(ip), k -> new ArrayList<>())
                                    .add(s.effectiveNamespace() + "/" + s.name() + "@" + c.id());
                        }
                    }
                }
            }
            List<ServiceIp> out = new ArrayList<>();
            byIp.entrySet().stream().sorted((a, b) -> V4.compare(a.getKey(), b.getKey())).forEach(e -> {
                List<Integer> containing = new ArrayList<>();
                for (int len = 32; len >= 0; len--) {
                    Integer p = net.prefixIndex.get(V4.key(e.getKey(), len));
                    if (p != null) {
                        containing.add(p);
                    }
                }
                out.add(new ServiceIp(result.simulation().paths().ip(e.getKey()), List.copyOf(e.getValue()),
                        containing.stream().mapToInt(Integer::intValue).toArray()));
            });
            l = List.copyOf(out);
            serviceIps = l;
        }
        return l;
    }

    /** The vantages, then the routers, that are up; or just the one asked for. */
    List<Speaker> viewpoints(String id) {
        if (id != null) {
            Speaker s = net.speaker(id);
            if (s == null || s.kind == Speaker.Kind.NODE) {
                throw new IllegalArgumentException("no vantage or router '" + id + "' in " + net.topology.name());
            }
            return result.view().speakerDown[s.index] ? List.of() : List.of(s);
        }
        List<Speaker> out = new ArrayList<>();
        for (Speaker.Kind k : new Speaker.Kind[] {Speaker.Kind.VANTAGE, Speaker.Kind.ROUTER}) {
            for (Speaker s : net.speakers) {
                if (s.kind == k && !result.view().speakerDown[s.index]) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    List<AnycastView> views(String vantage) {
        return viewsFrom(viewpoints(vantage));
    }

    /** The vantages that are up: what the text report and the designer look from. */
    List<Speaker> vantages() {
        return viewpoints(null).stream().filter(s -> s.kind == Speaker.Kind.VANTAGE).toList();
    }

    /**
     * The anycast views from the given viewpoints. Each view traces back from its viewpoint, so a
     * caller that shows only the vantages asks for only those: the routers' views are the bulk of
     * the work (routers × service IPs) and only the JSON contract lists them.
     */
    List<AnycastView> viewsFrom(List<Speaker> viewpoints) {
        List<AnycastView> out = new ArrayList<>();
        for (Speaker v : viewpoints) {
            for (ServiceIp sip : serviceIps()) {
                out.add(view(v, sip));
            }
        }
        return out;
    }

    private AnycastView view(Speaker v, ServiceIp sip) {
        for (int p : sip.prefixes()) {
            EntryData e = result.data(v.index, p);
            if (e == null || e.best() == null) {
                continue;
            }
            PrefixMove.Placement pl = placement(v.index, p);
            BgpPath best = result.simulation().paths().path(v.index, e.best());
            return new AnycastView(sip.ip(), sip.services(), v.id, net.prefixes[p], !pl.nodes().isEmpty(), pl.regions(),
                    pl.clusters(), pl.nodes(), pl.endsAt(), best.asPath(), best.fromPeer(), best.nextHop(), e.reason().frrText());
        }
        return new AnycastView(sip.ip(), sip.services(), v.id, null, false, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, SelectionReason.NONE.frrText());
    }

    /** Where the speaker's paths for the prefix lead, or null when it has no best path. */
    PrefixMove.Placement placement(int speaker, int prefix) {
        EntryData e = result.data(speaker, prefix);
        if (e == null || e.best() == null) {
            return null;
        }
        Trace t = trace(speaker, prefix);
        TreeSet<String> regions = new TreeSet<>();
        TreeSet<String> clusters = new TreeSet<>();
        List<String> nodes = new ArrayList<>();
        List<String> endsAt = new ArrayList<>();
        for (int s : t.terminals()) {
            Speaker sp = net.speakers[s];
            if (sp.kind == Speaker.Kind.NODE) {
                nodes.add(sp.id);
                clusters.add(sp.cluster.id());
                if (sp.region != null) {
                    regions.add(sp.region);
                }
            } else {
                endsAt.add(sp.id);
            }
        }
        Route best = e.best();
        return new PrefixMove.Placement(List.copyOf(regions), List.copyOf(clusters), nodes, endsAt,
                best.isLocal() ? null : net.speakers[best.fromSpeaker()].id, best.asPath.asList());
    }

    List<FailoverBudget> failover(String vantage) {
        List<FailoverBudget> out = new ArrayList<>();
        failover(vantage, out::add);
        return out;
    }

    /** {@link #failover(String)}'s budgets one at a time, in the same order, none kept. */
    void failover(String vantage, Consumer<FailoverBudget> each) {
        for (Speaker v : viewpoints(vantage)) {
            if (vantage == null && v.kind != Speaker.Kind.VANTAGE) {
                continue;
            }
            for (ServiceIp sip : serviceIps()) {
                for (int p : sip.prefixes()) {
                    EntryData e = result.data(v.index, p);
                    if (e == null || e.best() == null) {
                        continue;
                    }
                    Trace t = trace(v.index, p);
                    List<FailoverBudget.SessionBudget> budget = new ArrayList<>();
                    for (int s : t.sessions()) {
                        Session se = net.sessions[s];
                        budget.add(new FailoverBudget.SessionBudget(se.id, se.a.id, se.b.id, se.detection,
                                se.a.kind == Speaker.Kind.NODE || se.b.kind == Speaker.Kind.NODE));
                    }
                    each.accept(new FailoverBudget(sip.ip(), v.id, budget));
                    break;
                }
            }
        }
    }

    List<PrefixMove> changesFrom(ServingAnalysis before) {
        return changesFrom(before, before.viewpoints(null));
    }

    /** What moved against {@code before}, seen from the given viewpoints of the baseline. */
    List<PrefixMove> changesFrom(ServingAnalysis before, List<Speaker> viewpoints) {
        List<PrefixMove> out = new ArrayList<>();
        PrefixOutcome[] now = result.outcomes();
        PrefixOutcome[] then = before.result.outcomes();
        for (Speaker v : viewpoints) {
            if (result.view().speakerDown[v.index]) {
                continue;
            }
            for (int p = 0; p < now.length; p++) {
                if (now[p] == then[p]) {
                    continue;
                }
                PrefixMove.Placement a = before.placement(v.index, p);
                PrefixMove.Placement b = placement(v.index, p);
                if (a == null ? b != null : !a.samePlace(b)) {
                    out.add(new PrefixMove(v.id, net.prefixes[p], a, b));
                }
            }
        }
        return out;
    }
}
