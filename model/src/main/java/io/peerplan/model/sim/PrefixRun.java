package io.peerplan.model.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Propagates one prefix through the network to a fixed point. BGP decides every prefix on its
 * own, so a run touches only the speakers the prefix reaches; the arrays here are sized once per
 * network and reused by one thread for prefix after prefix (only touched slots are reset).
 *
 * <p>Speakers are activated in FIFO order; an activation takes every update that arrived since
 * the last one, runs best-path selection and, when the result changed, sends to each neighbor
 * what its outbound processing yields (nothing new is not sent). One speaker activated more than
 * {@link #MAX_ROUNDS} times means the prefix has no stable solution (Griffin's BAD GADGET): the run
 * stops and names the speakers that were still changing, like Batfish's MAX_TOPOLOGY_ITERATIONS.
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
    private final int[] activations;
    private final boolean[] queued;
    private final boolean[] touched;
    private final int[] queue;
    private final int[] touchedList;
    private int touchedCount;
    private final BitSet usedAdjs = new BitSet();
    private Route[] scratch = new Route[16];
    private int head;
    private int size;
    private int arrival;
    private int steps;

    PrefixRun(CompiledNetwork net) {
        this.net = net;
        int n = net.speakers.length;
        inByAdj = new Route[net.adjacencies.length];
        outByAdj = new Route[net.adjacencies.length];
        locals = new Route[n][];
        advertised = new ArrayList<>(java.util.Collections.nCopies(n, null));
        selection = new Selection[n];
        activations = new int[n];
        queued = new boolean[n];
        touched = new boolean[n];
        queue = new int[n];
        touchedList = new int[n];
    }

    PrefixOutcome run(ScenarioView view, int p, BooleanSupplier cancelled) {
        long key = net.prefixKeys[p];
        boolean isDefault = p == net.defaultPrefix;
        for (Origin o : net.origins[p]) {
            if (view.speakerDown[o.speaker()]) {
                continue;
            }
            Route[] l = locals[o.speaker()];
            locals[o.speaker()] = l == null ? new Route[] {o.route()} : append(l, o.route());
            if (o.advertised() != null) {
                advertised.set(o.speaker(), o.advertised());
            }
            touch(o.speaker());
            enqueue(o.speaker());
        }
        if (isDefault) {
            for (Adjacency a : net.adjacencies) {
                if (a.defaultOriginate() && view.up(a)) {
                    touch(a.from.index);
                    enqueue(a.from.index);
                }
            }
        }
        int maxRounds = 0;
        boolean abandoned = false;
        while (size > 0) {
            int s = dequeue();
            int rounds = ++activations[s];
            maxRounds = Math.max(maxRounds, rounds);
            if (rounds > MAX_ROUNDS) {
                abandoned = true;
                break;
            }
            if (++steps % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                reset();
                throw new CancellationException("simulation cancelled");
            }
            Speaker sp = net.speakers[s];
            Selection old = selection[s];
            Selection sel = select(sp);
            selection[s] = sel;
            if (old == null || !sel.sameAs(old)) {
                exportAll(view, key, sp, sel, isDefault);
            }
        }
        PrefixOutcome out = freeze(p, maxRounds, abandoned);
        reset();
        return out;
    }

    private void exportAll(ScenarioView view, long key, Speaker s, Selection sel, boolean isDefault) {
        if (s.behaviour.announcesNothing()) {
            return;
        }
        List<Origin.Advertised> adv = advertised.get(s.index);
        for (Adjacency a : s.out) {
            // A MetalLB speaker denies every route inbound, so nothing sent to one can matter.
            if (!view.up(a) || a.to.behaviour.acceptsNothing() || view.speakerDown[a.to.index]) {
                continue;
            }
            Route sent = Exchange.export(view, key, s, a, sel, adv, isDefault);
            Route before = outByAdj[a.index];
            if (sent == null ? before == null : sent.sameAs(before)) {
                continue;
            }
            outByAdj[a.index] = sent;
            usedAdjs.set(a.index);
            deliver(view, key, a, sent);
        }
    }

    private void deliver(ScenarioView view, long key, Adjacency a, Route sent) {
        Route old = inByAdj[a.index];
        // FRR updates a peer's path in place, so it keeps its place (age) in the list.
        Route kept = sent == null ? null
                : Exchange.importRoute(view, key, a, sent, old != null ? old.arrival : ++arrival);
        if (kept == null ? old == null : kept.sameAs(old)) {
            return;
        }
        inByAdj[a.index] = kept;
        touch(a.to.index);
        enqueue(a.to.index);
    }

    /** Best-path selection over the speaker's paths in FRR's list order: newest first, local last. */
    private Selection select(Speaker s) {
        int n = gather(s);
        Selection prev = selection[s.index];
        return BestPathSelection.select(scratch, n, s.behaviour.decision(), prev == null ? null : prev.best());
    }

    private int gather(Speaker s) {
        int n = 0;
        for (Adjacency a : s.in) {
            Route r = inByAdj[a.index];
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
        Route[] l = locals[s.index];
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

    private PrefixOutcome freeze(int p, int maxRounds, boolean abandoned) {
        int[] order = Arrays.copyOf(touchedList, touchedCount);
        Arrays.sort(order);
        List<EntryData> entries = new ArrayList<>(order.length);
        BitSet touchedSet = new BitSet();
        List<Integer> oscillating = new ArrayList<>();
        for (int s : order) {
            Speaker sp = net.speakers[s];
            int n = gather(sp);
            touchedSet.set(s);
            if (abandoned && activations[s] > MAX_ROUNDS / 2) {
                oscillating.add(s);
            }
            if (n == 0) {
                continue;
            }
            Selection sel = selection[s];
            if (sel == null || queued[s]) {
                sel = select(sp);
            }
            entries.add(new EntryData(s, Arrays.copyOf(scratch, n), sel.best(), sel.multipath(), sel.reason()));
        }
        return new PrefixOutcome(p, entries.toArray(new EntryData[0]), (BitSet) usedAdjs.clone(), touchedSet, maxRounds,
                oscillating.stream().mapToInt(Integer::intValue).toArray());
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
            activations[s] = 0;
            selection[s] = null;
            locals[s] = null;
            advertised.set(s, null);
            for (Adjacency a : net.speakers[s].in) {
                inByAdj[a.index] = null;
            }
            for (Adjacency a : net.speakers[s].out) {
                outByAdj[a.index] = null;
            }
        }
        touchedCount = 0;
        head = 0;
        size = 0;
        arrival = 0;
        usedAdjs.clear();
    }

    private static Route[] append(Route[] a, Route r) {
        Route[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = r;
        return out;
    }
}
