package io.peerplan.model.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Propagates one prefix through the network to a fixed point. BGP decides every prefix on its
 * own, so a run touches only the speakers the prefix reaches; the arrays here are sized once per
 * network and reused by one thread for prefix after prefix (only touched slots are reset).
 *
 * <p>Speakers run in lock-step rounds: in each round every speaker with news takes the updates
 * that arrived in the previous round, runs best-path selection and, when the result changed,
 * sends each neighbor what its outbound processing yields. So a prefix spreads one BGP hop per
 * round, which is the arrival order the lab measured at a cold start (FrrFactsTest batch 3):
 * paths of equal hop count meet in one best-path run ("Router ID"), a path with more hops arrives
 * after its rival was selected ("Older Path").
 *
 * <p>One speaker activated more than {@link #MAX_ROUNDS} times means the prefix has no stable
 * solution (Griffin's BAD GADGET): the run stops and names the speakers that were still changing,
 * like Batfish's MAX_TOPOLOGY_ITERATIONS.
 *
 * <p>{@link #rerun} starts from a baseline outcome instead of from nothing: the failure happens on
 * the converged network, surviving paths keep their age (FRR updates paths in place), and only
 * what the failure changes is recomputed.
 */
final class PrefixRun {
    static final int MAX_ROUNDS = 64;
    private static final int CANCEL_CHECK_EVERY = 4096;

    private final CompiledNetwork net;
    private final Route[] inByAdj;
    private final Route[] outByAdj;
    private final Route[][] locals;
    private final List<List<Origin.Advertised>> advertised;
    private final Selection[] selection;
    private final EntryData[] baseEntry;
    private final int[] activations;
    private final boolean[] queued;
    private final boolean[] touched;
    private final boolean[] dirty;
    private final boolean[] forceExport;
    private final int[][] received;
    /** Adjacencies already in their receiver's {@code received} list. */
    private final boolean[] listed;
    private final int[] receivedCount;
    private final int[] queue;
    private final int[] touchedList;
    private int touchedCount;
    private int[] sentList = new int[64];
    private int sentCount;
    /** Speakers whose own routes are set (a rerun sets them before their state is loaded). */
    private int[] localList = new int[64];
    private int localCount;
    /** Adjacencies first used by this run (a rerun starts from the baseline's set). */
    private int[] newlyUsed = new int[64];
    private int newlyUsedCount;
    private final BitSet usedAdjs = new BitSet();
    private Route[] scratch = new Route[16];
    /**
     * Per adjacency from a MetalLB speaker: the last route it sent, for which local route and
     * advertisement list. What a speaker sends depends on nothing else (not on the prefix), so
     * prefix after prefix reuses one immutable route instead of building it again.
     */
    private final Route[] speakerSent;
    private final Route[] speakerSentFor;
    private final Object[] speakerSentAdvertised;
    private ScenarioView importView;
    private final Route[] importSent;
    private final int[] importArrival;
    private final Route[] importKept;
    private Route lastLocal;
    private Route[] lastLocalArray;
    /** One builder reused for every export and import of this thread. */
    private final Route.Builder builder = Route.builder();
    private int head;
    private int size;
    private int arrival;
    private int steps;
    private boolean incremental;
    /** Lock-step rounds: what a speaker sends in round r is seen in round r + 1. */
    private boolean lockStep;
    private int[] pendingAdj = new int[64];
    private Route[] pendingRoute = new Route[64];
    private int pendingCount;
    private PrefixOutcome base;
    private int prefix;

    /**
     * The used-adjacency and touched-speaker sets of this engine run's outcomes, one instance per
     * distinct set: prefixes announced by the same speakers spread the same way, and as one
     * {@link BitSet} each (sized by the highest adjacency) they were 640 MB at 10× the scale topology.
     * The sets are never changed once in an outcome (a rerun sets its bits in a scratch set and shares a copy).
     */
    private final Map<BitSet, BitSet> sharedSets;
    /**
     * This run's sets while an outcome is frozen, looked up in {@link #sharedSets} by content and
     * copied only when new: cloning every prefix's sets first and dropping the copy when an equal one
     * was known allocated 0.8 GB of the 4.4 GB a 10× simulation allocated.
     */
    private final BitSet touchedScratch = new BitSet();
    private final BitSet usedScratch = new BitSet();

    PrefixRun(CompiledNetwork net) {
        this(net, new ConcurrentHashMap<>());
    }

    PrefixRun(CompiledNetwork net, Map<BitSet, BitSet> sharedSets) {
        this.net = net;
        this.sharedSets = sharedSets;
        int n = net.speakers.length;
        inByAdj = new Route[net.adjacencies.length];
        listed = new boolean[net.adjacencies.length];
        outByAdj = new Route[net.adjacencies.length];
        speakerSent = new Route[net.adjacencies.length];
        importSent = new Route[net.adjacencies.length];
        importArrival = new int[net.adjacencies.length];
        importKept = new Route[net.adjacencies.length];
        speakerSentFor = new Route[net.adjacencies.length];
        speakerSentAdvertised = new Object[net.adjacencies.length];
        locals = new Route[n][];
        advertised = new ArrayList<>(java.util.Collections.nCopies(n, null));
        selection = new Selection[n];
        baseEntry = new EntryData[n];
        activations = new int[n];
        queued = new boolean[n];
        touched = new boolean[n];
        dirty = new boolean[n];
        forceExport = new boolean[n];
        received = new int[n][];
        receivedCount = new int[n];
        queue = new int[n];
        touchedList = new int[n];
    }

    /**
     * A cold start: every session comes up at once and the prefix spreads from its originators,
     * one BGP hop per round. A prefix that does not settle in lock-step rounds is tried once more
     * with one speaker at a time: DISAGREE-like policies flap forever in lock-step but settle with
     * real timing, while a true BAD GADGET fails both ways.
     */
    PrefixOutcome run(ScenarioView view, int p, BooleanSupplier cancelled) {
        PrefixOutcome o = cold(view, p, cancelled, true);
        return o.converged() ? o : cold(view, p, cancelled, false);
    }

    /** As {@link #run}, from the baseline outcome (see {@link #live}). */
    PrefixOutcome rerun(ScenarioView view, int p, PrefixOutcome base, int[] lost, BooleanSupplier cancelled) {
        PrefixOutcome o = live(view, p, base, lost, cancelled, true);
        return o.converged() ? o : live(view, p, base, lost, cancelled, false);
    }

    private PrefixOutcome cold(ScenarioView view, int p, BooleanSupplier cancelled, boolean lockStep) {
        this.lockStep = lockStep;
        incremental = false;
        base = null;
        prefix = p;
        originate(view, p);
        if (p == net.defaultPrefix) {
            for (Adjacency a : net.adjacencies) {
                if (a.defaultOriginate && view.up(a) && !view.speakerDown[a.from.index]) {
                    touch(a.from.index);
                    enqueue(a.from.index);
                }
            }
        }
        return propagate(view, p, cancelled);
    }

    /**
     * The scenario applied to the converged baseline: paths over adjacencies that went down
     * ({@code lost}) are withdrawn, routers with overridden route-maps re-run their policies (as
     * after {@code clear bgp * soft}), and the changes spread from there. A speaker's baseline state
     * is loaded only when the change reaches it, so the cost follows the change, not the prefix.
     */
    private PrefixOutcome live(ScenarioView view, int p, PrefixOutcome base, int[] lost, BooleanSupplier cancelled,
            boolean lockStep) {
        this.lockStep = lockStep;
        incremental = true;
        this.base = base;
        this.prefix = p;
        arrival = base.arrivals();
        BitSet used = base.usedAdjacencies();
        for (int i : lost) {
            int to = net.adjacencies[i].to.index;
            if (used.get(i) && !view.speakerDown[to]) {
                load(view, to);
            }
        }
        for (int s : view.overridden) {
            if (!base.touchedSpeakers().get(s) || view.speakerDown[s]) {
                continue;
            }
            // New policies: resend what it sends, and have its neighbors resend what it receives.
            force(view, s);
            for (Adjacency a : net.speakers[s].in) {
                if (view.up(a) && !view.speakerDown[a.from.index]) {
                    force(view, a.from.index);
                }
            }
        }
        return propagate(view, p, cancelled);
    }

    /**
     * Makes the speaker's state present: a cold start begins empty; a rerun loads the baseline's
     * entry (paths over sessions now down left out, which queues the speaker) and its own routes.
     */
    private void load(ScenarioView view, int s) {
        if (touched[s]) {
            return;
        }
        touch(s);
        if (!incremental) {
            return;
        }
        Origin[] own = net.origins[prefix];
        for (int i = net.firstOrigin(prefix, s); i >= 0 && i < own.length && own[i].speaker() == s; i++) {
            addLocal(own[i]);
        }
        EntryData e = base.entry(s);
        if (e == null) {
            return;
        }
        baseEntry[s] = e;
        selection[s] = new Selection(e.best(), e.multipath(), e.reason());
        boolean[] up = view.adjacencyUp;
        for (Route r : e.candidates()) {
            int a = r.source.adjacency();
            if (a < 0) {
                continue;
            }
            if (!up[a]) {
                dirty[s] = true;
                enqueue(s);
                continue;
            }
            inByAdj[a] = r;
            addReceived(s, a);
        }
    }

    private void force(ScenarioView view, int s) {
        load(view, s);
        forceExport[s] = true;
        dirty[s] = true;
        enqueue(s);
    }

    private void originate(ScenarioView view, int p) {
        for (Origin o : net.origins[p]) {
            int s = o.speaker();
            if (view.speakerDown[s]) {
                continue;
            }
            addLocal(o);
            touch(s);
            enqueue(s);
        }
    }

    private void addLocal(Origin o) {
        int s = o.speaker();
        if (locals[s] == null) {
            if (localCount == localList.length) {
                localList = Arrays.copyOf(localList, localCount * 2);
            }
            localList[localCount++] = s;
        }
        Route[] l = locals[s];
        if (l == null) {
            // Never written to (append copies), so the speakers announcing one route share one array.
            if (lastLocal != o.route()) {
                lastLocal = o.route();
                lastLocalArray = new Route[] {lastLocal};
            }
            locals[s] = lastLocalArray;
        } else {
            locals[s] = append(l, o.route());
        }
        if (o.advertised() != null) {
            advertised.set(s, o.advertised());
        }
    }

    private PrefixOutcome propagate(ScenarioView view, int p, BooleanSupplier cancelled) {
        long key = net.prefixKeys[p];
        boolean isDefault = p == net.defaultPrefix;
        int maxRounds = 0;
        boolean abandoned = false;
        rounds:
        while (size > 0 || pendingCount > 0) {
            int n = lockStep ? size : 1;
            for (int i = 0; i < n; i++) {
                int s = dequeue();
                int rounds = ++activations[s];
                maxRounds = Math.max(maxRounds, rounds);
                if (rounds > MAX_ROUNDS) {
                    abandoned = true;
                    break rounds;
                }
                if (++steps % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                    reset();
                    throw new CancellationException("simulation cancelled");
                }
                Speaker sp = net.speakers[s];
                Selection old = selection[s];
                Selection sel = select(sp);
                selection[s] = sel;
                if (old == null || !sel.sameAs(old) || forceExport[s]) {
                    forceExport[s] = false;
                    exportAll(view, key, sp, sel, isDefault);
                }
            }
            // The round's updates arrive together, in the order they were sent.
            for (int i = 0; i < pendingCount; i++) {
                deliver(view, key, net.adjacencies[pendingAdj[i]], pendingRoute[i]);
                pendingRoute[i] = null;
            }
            pendingCount = 0;
        }
        PrefixOutcome out = freeze(p, maxRounds, abandoned, view);
        reset();
        return out;
    }

    private void exportAll(ScenarioView view, long key, Speaker s, Selection sel, boolean isDefault) {
        if (s.behaviour.announcesNothing()) {
            return;
        }
        List<Origin.Advertised> adv = advertised.get(s.index);
        for (Adjacency a : s.exportTargets) {
            if (!view.up(a) || view.speakerDown[a.to.index]) {
                continue;
            }
            Route cached = cachedSpeakerExport(s, a, sel, adv, isDefault);
            boolean sends = cached != null || Exchange.export(view, key, s, a, sel, adv, isDefault, builder);
            Route sent = null;
            if (!incremental) {
                // A cold start knows what each adjacency carried; nothing new is not sent.
                Route before = outByAdj[a.index];
                if (sends ? (cached != null ? cached.sameAs(before) : builder.sameAs(before)) : before == null) {
                    continue;
                }
                sent = sends ? (cached != null ? cached : speakerExport(s, a, sel, adv)) : null;
                if (before == null) {
                    if (sentCount == sentList.length) {
                        sentList = Arrays.copyOf(sentList, sentCount * 2);
                    }
                    sentList[sentCount++] = a.index;
                }
                outByAdj[a.index] = sent;
            } else if (sends) {
                sent = cached != null ? cached : speakerExport(s, a, sel, adv);
            }
            if (!usedAdjs.get(a.index) && (base == null || !base.usedAdjacencies().get(a.index))) {
                usedAdjs.set(a.index);
                if (newlyUsedCount == newlyUsed.length) {
                    newlyUsed = Arrays.copyOf(newlyUsed, newlyUsedCount * 2);
                }
                newlyUsed[newlyUsedCount++] = a.index;
            }
            if (lockStep) {
                if (pendingCount == pendingAdj.length) {
                    pendingAdj = Arrays.copyOf(pendingAdj, pendingCount * 2);
                    pendingRoute = Arrays.copyOf(pendingRoute, pendingCount * 2);
                }
                pendingAdj[pendingCount] = a.index;
                pendingRoute[pendingCount++] = sent;
            } else {
                deliver(view, key, a, sent);
            }
        }
    }

    /**
     * The route this adjacency's receiver kept when the same route arrived with the same age for an
     * earlier prefix, or null. Without an inbound prefix-list or route-map, import depends on
     * nothing else (not on the prefix), so the MetalLB speakers' routes at a gateway are built once.
     */
    private Route importedBefore(ScenarioView view, Adjacency a, Route sent, int at) {
        int i = a.index;
        return importView == view && importSent[i] == sent && importArrival[i] == at ? importKept[i] : null;
    }

    /** Builds what the builder holds, remembering it when the adjacency has no inbound policy. */
    private Route imported(ScenarioView view, Adjacency a, Route sent, int at) {
        Route r = builder.build();
        if (a.prefixListIn == null && a.routeMapIn == null) {
            if (importView != view) {
                Arrays.fill(importSent, null);
                importView = view;
            }
            importSent[a.index] = sent;
            importArrival[a.index] = at;
            importKept[a.index] = r;
        }
        return r;
    }

    /** The route a MetalLB speaker already built for this adjacency, local route and advertisements, or null. */
    private Route cachedSpeakerExport(Speaker s, Adjacency a, Selection sel, List<Origin.Advertised> adv, boolean isDefault) {
        if (s.kind != Speaker.Kind.NODE || isDefault || sel.best() == null) {
            return null;
        }
        int i = a.index;
        return speakerSentFor[i] == sel.best() && speakerSentAdvertised[i] == adv ? speakerSent[i] : null;
    }

    /** Builds what the builder holds; a MetalLB speaker's route is kept for the next prefixes. */
    private Route speakerExport(Speaker s, Adjacency a, Selection sel, List<Origin.Advertised> adv) {
        Route r = builder.build();
        if (s.kind == Speaker.Kind.NODE && sel.best() != null && adv != null) {
            speakerSent[a.index] = r;
            speakerSentFor[a.index] = sel.best();
            speakerSentAdvertised[a.index] = adv;
        }
        return r;
    }

    private void deliver(ScenarioView view, long key, Adjacency a, Route sent) {
        load(view, a.to.index);
        Route old = inByAdj[a.index];
        if (sent == null && old == null) {
            return;
        }
        // FRR updates a peer's path in place, so it keeps its place (age) in the list.
        Route kept = null;
        if (sent != null) {
            int at = old != null ? old.arrival : arrival + 1;
            Route known = importedBefore(view, a, sent, at);
            if (known != null || Exchange.importRoute(view, key, a, sent, at, builder)) {
                if (known != null ? known.sameAs(old) : builder.sameAs(old)) {
                    return;
                }
                if (old == null) {
                    arrival++;
                }
                kept = known != null ? known : imported(view, a, sent, at);
            }
        }
        if (kept == null && old == null) {
            return;
        }
        int to = a.to.index;
        if (old == null) {
            addReceived(to, a.index);
        }
        inByAdj[a.index] = kept;
        dirty[to] = true;
        enqueue(to);
    }

    /** Best-path selection over the speaker's paths in FRR's list order: newest first, local last. */
    private Selection select(Speaker s) {
        int n = gather(s.index);
        Selection prev = selection[s.index];
        return BestPathSelection.select(scratch, n, s.behaviour.decision(), prev == null ? null : prev.best());
    }

    private int gather(int s) {
        int n = 0;
        int[] adjs = received[s];
        // Newest last in the list, so walking it backwards is (nearly) sorted already.
        for (int i = receivedCount[s] - 1; i >= 0; i--) {
            Route r = inByAdj[adjs[i]];
            if (r != null) {
                if (n == scratch.length) {
                    scratch = Arrays.copyOf(scratch, n * 2);
                }
                scratch[n++] = r;
            }
        }
        // Insertion sort by arrival, newest first: lists are short and mostly ordered.
        for (int i = 1; i < n; i++) {
            Route r = scratch[i];
            int j = i - 1;
            while (j >= 0 && scratch[j].arrival < r.arrival) {
                scratch[j + 1] = scratch[j];
                j--;
            }
            scratch[j + 1] = r;
        }
        Route[] l = locals[s];
        if (l != null) {
            if (n + l.length > scratch.length) {
                scratch = Arrays.copyOf(scratch, (n + l.length) * 2);
            }
            for (Route r : l) {
                scratch[n++] = r;
            }
        }
        return n;
    }

    private PrefixOutcome freeze(int p, int maxRounds, boolean abandoned, ScenarioView view) {
        int[] order = Arrays.copyOf(touchedList, touchedCount);
        Arrays.sort(order);
        int[] beforeSpeakers = base == null ? new int[0] : base.speakers();
        EntryData[] before = base == null ? new EntryData[0] : base.entries();
        int capacity = order.length + before.length;
        int[] speakers = new int[capacity];
        EntryData[] entries = new EntryData[capacity];
        int count = 0;
        // A rerun shares the baseline's sets unless it reached something new.
        touchedScratch.clear();
        BitSet touchedSet = base == null ? touchedScratch : base.touchedSpeakers();
        boolean ownTouched = base == null;
        List<Integer> oscillating = new ArrayList<>();
        EntryData shared = null;
        int b = 0;
        for (int s : order) {
            // Baseline entries of speakers the change never reached stay as they were.
            for (; b < before.length && beforeSpeakers[b] < s; b++) {
                if (!view.speakerDown[beforeSpeakers[b]]) {
                    speakers[count] = beforeSpeakers[b];
                    entries[count++] = before[b];
                }
            }
            if (b < before.length && beforeSpeakers[b] == s) {
                b++;
            }
            if (!touchedSet.get(s)) {
                if (!ownTouched) {
                    touchedScratch.or(touchedSet);
                    touchedSet = touchedScratch;
                    ownTouched = true;
                }
                touchedSet.set(s);
            }
            if (abandoned && activations[s] > MAX_ROUNDS / 2) {
                oscillating.add(s);
            }
            EntryData e;
            if (baseEntry[s] != null && !dirty[s]) {
                e = baseEntry[s];
            } else {
                int n = gather(s);
                if (n == 0) {
                    continue;
                }
                Selection sel = selection[s];
                if (sel == null || queued[s]) {
                    sel = select(net.speakers[s]);
                }
                if (n == 1 && shared != null && shared.isOnly(scratch[0]) && sel.best() == scratch[0]
                        && sel.multipath().length == 0 && sel.reason() == SelectionReason.FIRST) {
                    // Every MetalLB speaker announcing a service holds the same one-route table.
                    e = shared;
                } else {
                    e = new EntryData(Arrays.copyOf(scratch, n), sel.best(), sel.multipath(), sel.reason());
                    if (n == 1 && scratch[0].isLocal()) {
                        shared = e;
                    }
                }
            }
            speakers[count] = s;
            entries[count++] = e;
        }
        for (; b < before.length; b++) {
            if (!view.speakerDown[beforeSpeakers[b]]) {
                speakers[count] = beforeSpeakers[b];
                entries[count++] = before[b];
            }
        }
        // A new set is shared with equal ones; the baseline's is already.
        BitSet used;
        if (base == null) {
            used = shared(usedAdjs);
        } else if (newlyUsedCount == 0) {
            used = base.usedAdjacencies();
        } else {
            usedScratch.clear();
            usedScratch.or(base.usedAdjacencies());
            for (int i = 0; i < newlyUsedCount; i++) {
                usedScratch.set(newlyUsed[i]);
            }
            used = shared(usedScratch);
        }
        if (ownTouched) {
            touchedSet = shared(touchedSet);
        }
        int[] osc = new int[oscillating.size()];
        for (int i = 0; i < osc.length; i++) {
            osc[i] = oscillating.get(i);
        }
        return new PrefixOutcome(p, Arrays.copyOf(speakers, count), Arrays.copyOf(entries, count), used, touchedSet, maxRounds,
                osc, arrival);
    }

    /** The shared set equal to {@code set}, which stays this run's to change: a copy of it when it is new. */
    private BitSet shared(BitSet set) {
        BitSet known = sharedSets.get(set);
        if (known != null) {
            return known;
        }
        BitSet copy = (BitSet) set.clone();
        known = sharedSets.putIfAbsent(copy, copy);
        return known == null ? copy : known;
    }

    private void addReceived(int s, int adj) {
        if (listed[adj]) {
            return;
        }
        listed[adj] = true;
        int[] a = received[s];
        if (a == null) {
            a = new int[4];
            received[s] = a;
        } else if (receivedCount[s] == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
            received[s] = a;
        }
        a[receivedCount[s]++] = adj;
    }

    private void touch(int s) {
        if (!touched[s]) {
            touched[s] = true;
            touchedList[touchedCount++] = s;
        }
    }

    private void enqueue(int s) {
        if (!queued[s]) {
            queued[s] = true;
            queue[(head + size) % queue.length] = s;
            size++;
        }
    }

    private int dequeue() {
        int s = queue[head];
        head = (head + 1) % queue.length;
        size--;
        queued[s] = false;
        return s;
    }

    private void reset() {
        for (int i = 0; i < touchedCount; i++) {
            int s = touchedList[i];
            touched[s] = false;
            queued[s] = false;
            dirty[s] = false;
            forceExport[s] = false;
            activations[s] = 0;
            selection[s] = null;
            baseEntry[s] = null;
            locals[s] = null;
            advertised.set(s, null);
            int[] adjs = received[s];
            for (int k = 0; k < receivedCount[s]; k++) {
                inByAdj[adjs[k]] = null;
                listed[adjs[k]] = false;
            }
            receivedCount[s] = 0;
        }
        for (int i = 0; i < sentCount; i++) {
            outByAdj[sentList[i]] = null;
        }
        sentCount = 0;
        for (int i = 0; i < localCount; i++) {
            locals[localList[i]] = null;
            advertised.set(localList[i], null);
        }
        localCount = 0;
        for (int i = 0; i < newlyUsedCount; i++) {
            usedAdjs.clear(newlyUsed[i]);
        }
        newlyUsedCount = 0;
        for (int i = 0; i < pendingCount; i++) {
            pendingRoute[i] = null;
        }
        pendingCount = 0;
        touchedCount = 0;
        head = 0;
        size = 0;
        arrival = 0;
        base = null;
    }

    private static Route[] append(Route[] a, Route r) {
        Route[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = r;
        return out;
    }
}
