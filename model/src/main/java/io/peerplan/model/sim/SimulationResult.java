package io.peerplan.model.sim;

import io.peerplan.model.IpPrefix;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a simulation found: every speaker's table ({@link #ribs()}, keyed by router, vantage and
 * node id), whether routing converged, the sessions and why some are down, notes, and the views
 * built on top: where each anycast service IP is served from ({@link #anycast()}), the failover
 * budget of the serving sessions, and what moved against the baseline ({@link #changes()}).
 */
public final class SimulationResult {
    private final Simulation simulation;
    private final ScenarioView view;
    private final PrefixOutcome[] outcomes;
    private final SimulationResult baseline;
    private final int recomputed;
    private volatile int[][] bySpeaker;
    private volatile Map<String, Rib> ribs;
    private volatile ServingAnalysis serving;

    SimulationResult(Simulation simulation, ScenarioView view, PrefixOutcome[] outcomes, SimulationResult baseline,
            int recomputed) {
        this.simulation = simulation;
        this.view = view;
        this.outcomes = outcomes;
        this.baseline = baseline;
        this.recomputed = recomputed;
    }

    public Topology topology() {
        return simulation.net().topology;
    }

    public Scenario scenario() {
        return view.scenario;
    }

    /** The baseline this scenario was compared with (empty for the baseline itself). */
    public Optional<SimulationResult> baseline() {
        return Optional.ofNullable(baseline);
    }

    /** How many prefixes this run computed (all for a baseline; the affected ones for a what-if). */
    public int recomputedPrefixes() {
        return recomputed;
    }

    /** Every prefix some speaker originates, in address order. */
    public List<IpPrefix> prefixes() {
        return List.of(simulation.net().prefixes);
    }

    /** Each speaker's table, in topology order (routers, vantages, node speakers); failed speakers have none. */
    public Map<String, Rib> ribs() {
        Map<String, Rib> r = ribs;
        if (r == null) {
            Map<String, Rib> m = new LinkedHashMap<>();
            for (Speaker s : simulation.net().speakers) {
                if (!view.speakerDown[s.index]) {
                    m.put(s.id, new Rib(this, s.id, s.index));
                }
            }
            r = Collections.unmodifiableMap(m);
            ribs = r;
        }
        return r;
    }

    public Optional<Rib> rib(String speakerId) {
        return Optional.ofNullable(ribs().get(speakerId));
    }

    /** True when every prefix reached a stable state. */
    public boolean converged() {
        return Arrays.stream(outcomes).allMatch(PrefixOutcome::converged);
    }

    /** The most best-path runs any speaker needed for one prefix. */
    public int rounds() {
        return Arrays.stream(outcomes).mapToInt(PrefixOutcome::rounds).max().orElse(0);
    }

    public Optional<Oscillation> oscillation() {
        Set<String> routers = new LinkedHashSet<>();
        List<IpPrefix> prefixes = new ArrayList<>();
        int rounds = 0;
        for (PrefixOutcome o : outcomes) {
            if (!o.converged()) {
                prefixes.add(simulation.net().prefixes[o.prefix()]);
                for (int s : o.oscillating()) {
                    routers.add(simulation.net().speakers[s].id);
                }
                rounds = Math.max(rounds, o.rounds());
            }
        }
        return prefixes.isEmpty() ? Optional.empty() : Optional.of(new Oscillation(rounds, List.copyOf(routers), prefixes));
    }

    /** Every session, with its state in this scenario. */
    public List<SessionState> sessions() {
        List<SessionState> out = new ArrayList<>();
        for (Session s : simulation.net().sessions) {
            out.add(new SessionState(s.id, s.peering, s.a.id, s.b.id, s.addressA, s.addressB,
                    s.ibgp ? "internal" : "external", view.sessionUp[s.index], view.sessionDownReason[s.index], s.detection));
        }
        return out;
    }

    public List<SimulationNote> notes() {
        return simulation.net().notes;
    }

    /** Where every anycast service IP is served from, seen from every vantage, then every router. */
    public List<AnycastView> anycast() {
        return serving().views(null);
    }

    /** The anycast views from the design's vantages only (the routers' views are not computed). */
    public List<AnycastView> anycastFromVantages() {
        return serving().viewsFrom(serving().vantages());
    }

    /** The anycast views from one vantage or router. */
    public List<AnycastView> anycast(String vantageId) {
        return serving().views(vantageId);
    }

    /** For each served (IP, vantage): the sessions on the serving paths and their detection times. */
    public List<FailoverBudget> failover(String vantageId) {
        return serving().failover(vantageId);
    }

    /**
     * {@link #failover(String)}'s budgets handed over one at a time, in the same order: a writer of the
     * scale topology's JSON holds none of its 1.9 million session budgets at 10×.
     */
    public void failover(String vantageId, Consumer<FailoverBudget> each) {
        serving().failover(vantageId, each);
    }

    /** What moved against the baseline: per vantage and router, each prefix whose serving place changed. */
    public List<PrefixMove> changes() {
        return baseline == null ? List.of() : serving().changesFrom(baseline.serving());
    }

    /** What moved against the baseline, seen from the design's vantages only. */
    public List<PrefixMove> changesFromVantages() {
        return baseline == null ? List.of() : serving().changesFrom(baseline.serving(), baseline.serving().vantages());
    }

    /** What moved against the baseline, seen from one vantage or router. */
    public List<PrefixMove> changesFrom(String viewpointId) {
        Speaker s = simulation.net().speaker(viewpointId);
        if (baseline == null || s == null || s.kind == Speaker.Kind.NODE) {
            return List.of();
        }
        return serving().changesFrom(baseline.serving(), baseline.serving().viewpoints(viewpointId));
    }

    // ---- package-private access for the analyses and the JSON writer ----

    PrefixOutcome[] outcomes() {
        return outcomes;
    }

    Simulation simulation() {
        return simulation;
    }

    ScenarioView view() {
        return view;
    }

    ServingAnalysis serving() {
        ServingAnalysis s = serving;
        if (s == null) {
            s = new ServingAnalysis(this);
            serving = s;
        }
        return s;
    }

    /** The entry data of a speaker for a prefix, or null. */
    EntryData data(int speaker, int prefix) {
        return outcomes[prefix].entry(speaker);
    }

    /** Calls back with (prefix index, entry) for every prefix in the speaker's table, in address order. */
    void forEachEntry(int speaker, BiConsumer<Integer, RibEntry> action) {
        for (int p : index()[speaker]) {
            action.accept(p, simulation.paths().entry(p, speaker, outcomes[p].entry(speaker)));
        }
    }

    private int[][] index() {
        int[][] idx = bySpeaker;
        if (idx == null) {
            int n = simulation.net().speakers.length;
            int[] count = new int[n];
            for (PrefixOutcome o : outcomes) {
                for (int s : o.speakers()) {
                    count[s]++;
                }
            }
            idx = new int[n][];
            for (int s = 0; s < n; s++) {
                idx[s] = new int[count[s]];
            }
            int[] fill = new int[n];
            for (PrefixOutcome o : outcomes) {
                for (int s : o.speakers()) {
                    idx[s][fill[s]++] = o.prefix();
                }
            }
            bySpeaker = idx;
        }
        return idx;
    }
}
