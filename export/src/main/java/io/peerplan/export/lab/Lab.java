package io.peerplan.export.lab;

import io.peerplan.model.Topology;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A running lab: FRR and Quagga hosts in namespaces joined by switch namespaces, built from a {@link LabPlan}.
 * {@link #up} builds it and cleans everything up itself if any step fails or the JVM is interrupted;
 * {@link #close()} (or {@link LabTeardown#down}) takes it down. All state is in the
 * {@link LabStateStore}, so another invocation can attach to it.
 */
public final class Lab implements AutoCloseable {
    private final Topology topology;
    private final LabPlan plan;
    private final LabState state;
    private final LabStateStore store;
    private final Map<String, LabHost> hosts = new LinkedHashMap<>();
    private volatile long routesReleasedNanos;
    private volatile boolean cancelled;
    private volatile LabProgress progress = LabProgress.NONE;

    /**
     * Held while a lab's routes spread (from their release, or from a scenario's change, until the
     * tables are quiet). bgpd batches into one best-path run what arrives within 50 ms
     * (bgp_process_queue_init); two labs spreading routes at once on a small machine delay each
     * other's daemons past that window, and "Older Path" then decides where "Router ID" would.
     */
    static final java.util.concurrent.locks.ReentrantLock SPREADING = new java.util.concurrent.locks.ReentrantLock(true);

    /**
     * The priority the lab's daemons run at once routes spread, ahead of ordinary processes (and of
     * labs still starting), for the same reason as {@link #SPREADING}.
     */
    static final int NICE = -10;

    private Lab(Topology topology, LabPlan plan, LabState state, LabStateStore store) {
        this.topology = topology;
        this.plan = plan;
        this.state = state;
        this.store = store;
        Path run = Path.of(state.runDir);
        for (LabPlan.Host h : plan.hosts()) {
            Path dir = run.resolve(h.namespace());
            hosts.put(h.elementId(), h.runsQuagga()
                    ? new QuaggaHost(h.namespace(), dir, h.config(), h.quagga().zebraConf())
                    : new FrrHost(h.namespace(), dir, h.config()));
        }
    }

    public LabPlan plan() {
        return plan;
    }

    public Topology topology() {
        return topology;
    }

    public LabState state() {
        return state;
    }

    LabStateStore store() {
        return store;
    }

    LabHost host(String elementId) {
        return hosts.get(elementId);
    }

    /** An FRR host: a speaker, a vantage or an FRR router (for FRR-only questions such as BFD). */
    FrrHost frr(String elementId) {
        if (hosts.get(elementId) instanceof FrrHost f) {
            return f;
        }
        throw new LabException(elementId + " does not run FRR");
    }

    /**
     * Builds and starts a lab. Elements in {@code failed} are down from the start (their bgpd never
     * starts, their links drop everything), which is how a failure scenario is rehearsed from scratch.
     */
    public static Lab up(Topology topology, LabPlan plan, LabStateStore store, Set<String> failed) {
        return up(topology, plan, store, failed, LabProgress.NONE);
    }

    /**
     * As {@link #up(Topology, LabPlan, LabStateStore, Set)}, reporting each step to {@code progress}
     * and stopping (after removing everything it created) with a {@link LabCancelledException}
     * once {@code progress} asks to cancel.
     */
    public static Lab up(Topology topology, LabPlan plan, LabStateStore store, Set<String> failed,
            LabProgress progress) {
        String missing = Preflight.report(plan);
        if (missing != null) {
            throw new LabException(missing);
        }
        for (String ns : plan.namespaces()) {
            if (Namespaces.exists(ns)) {
                throw new LabException("namespace " + ns + " already exists; the lab never reuses a namespace it did"
                        + " not create (run `peerplan lab down` for that lab, or `ip netns del " + ns + "` if it is stale)");
            }
        }
        if (store.load(plan.labId()).isPresent()) {
            throw new LabException("lab " + plan.labId() + " is already up (state in " + store.runDir(plan.labId())
                    + "); take it down first");
        }
        HostNetworks.check(plan, HostNetworks.own());
        List<Failures.Effect> effects = failed.stream().map(id -> Failures.effect(topology, plan, id)).toList();

        LabState s = new LabState();
        s.labId = plan.labId();
        s.name = plan.name();
        s.source = plan.source();
        s.runDir = store.runDir(plan.labId()).toString();
        s.createdAt = Instant.now().toString();
        plan.hosts().forEach(h -> s.hosts.add(new LabState.HostEntry(h)));
        s.failed.addAll(failed);
        store.save(s);
        Lab lab = new Lab(topology, plan, s, store);
        lab.progress = progress;
        java.util.concurrent.CountDownLatch built = new java.util.concurrent.CountDownLatch(1);
        // On Ctrl-C or SIGTERM during up: stop building first (the build checks the flag before
        // every step and daemon), then remove what exists, so nothing is created after the cleanup.
        Thread cleanup = new Thread(() -> {
            lab.cancelled = true;
            try {
                built.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LabTeardown.down(store, s);
        }, "peerplan-lab-cleanup-" + s.labId);
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            LabBuilder.build(lab, effects);
            s.complete = true;
            store.save(s);
            return lab;
        } catch (RuntimeException e) {
            built.countDown();
            try {
                progress.step(LabProgress.Step.CLEANUP);
            } catch (RuntimeException ignored) {
                // A watcher's failure must never keep the lab up.
            }
            LabTeardown.down(store, s);
            throw e;
        } finally {
            built.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // The hook is already running: it cleans up.
            }
        }
    }

    /** Throws when the JVM is shutting down during {@code up}, so that the build stops creating things. */
    void checkCancelled() {
        if (cancelled) {
            throw new LabException("interrupted: cleaning up");
        }
        if (progress.cancelRequested()) {
            throw new LabCancelledException("cancelled: the lab removed what it had created");
        }
    }

    /** Reports a step to whoever watches this lab (nobody for an attached lab). */
    void step(LabProgress.Step step) {
        checkCancelled();
        progress.step(step);
    }

    /** Watches this lab's later steps (a {@link LabCheck} on a lab built earlier), and lets them be cancelled. */
    public void watch(LabProgress progress) {
        this.progress = progress == null ? LabProgress.NONE : progress;
    }

    /** A lab another invocation built, re-planned from the same topology (the plan is deterministic). */
    public static Lab attach(Topology topology, LabPlan plan, LabStateStore store) {
        LabState s = store.load(plan.labId()).orElseThrow(() -> new LabException("no lab " + plan.labId()
                + " is up for " + plan.source()));
        return new Lab(topology, plan, s, store);
    }

    void markRoutesReleased() {
        routesReleasedNanos = System.nanoTime();
    }

    /** {@link System#nanoTime()} when {@code up} applied the route-originating config, or 0 for an attached lab. */
    public long routesReleasedNanos() {
        return routesReleasedNanos;
    }

    /** Element ids whose bgpd is running now. */
    public Set<String> running() {
        Set<String> out = new LinkedHashSet<>();
        for (LabPlan.Host h : plan.hosts()) {
            Long pid = state.pids.getOrDefault(h.namespace(), Map.of()).get("bgpd");
            if (pid != null && Processes.isOurs(new Processes.Daemon(h.namespace(), "bgpd", pid))) {
                out.add(h.elementId());
            }
        }
        return out;
    }

    /** Every running instance's BGP table, read in parallel. */
    public Map<String, LabRib> ribs() {
        Map<String, LabRib> out = new ConcurrentHashMap<>();
        parallel(new ArrayList<>(running()), id -> out.put(id, hosts.get(id).rib(id)));
        Map<String, LabRib> ordered = new LinkedHashMap<>();
        plan.hosts().forEach(h -> {
            if (out.containsKey(h.elementId())) {
                ordered.put(h.elementId(), out.get(h.elementId()));
            }
        });
        return ordered;
    }

    /** Neighbor address to session state, per running instance. */
    public Map<String, Map<String, String>> sessionStates() {
        Map<String, Map<String, String>> out = new ConcurrentHashMap<>();
        parallel(new ArrayList<>(running()), id -> out.put(id, hosts.get(id).sessionStates()));
        return out;
    }

    /** Takes elements down in the running lab (see {@link Failures}); returns what was done. */
    public List<String> fail(Set<String> ids) {
        List<String> done = new ArrayList<>();
        List<Processes.Daemon> stop = new ArrayList<>();
        for (String id : ids) {
            Failures.Effect e = Failures.effect(topology, plan, id);
            for (String h : e.stoppedHosts()) {
                String ns = plan.host(h).orElseThrow().namespace();
                Long pid = state.pids.getOrDefault(ns, Map.of()).get("bgpd");
                if (pid != null) {
                    stop.add(new Processes.Daemon(ns, "bgpd", pid));
                    done.add("stopped bgpd of " + h + " (pid " + pid + ")");
                }
            }
            for (LabPlan.Session s : e.droppedSessions()) {
                Failures.dropSession(plan, s, Path.of(state.runDir), state);
                done.add("dropping traffic between " + s.a() + " and " + s.b() + " (peering " + s.peering() + ")");
            }
            for (String n : e.droppedNetworks()) {
                Failures.dropNetwork(plan, n, Path.of(state.runDir), state);
                done.add("dropping every frame on network " + n);
            }
            if (!state.failed.contains(id)) {
                state.failed.add(id);
            }
        }
        Processes.stop(stop, 5000);
        store.save(state);
        return done;
    }

    /** Stops everything and removes what the lab created. */
    @Override
    public void close() {
        LabTeardown.down(store, state);
    }

    static void parallel(List<String> ids, java.util.function.Consumer<String> task) {
        List<Thread> threads = new ArrayList<>();
        List<RuntimeException> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String id : ids) {
            threads.add(Thread.startVirtualThread(() -> {
                try {
                    task.accept(id);
                } catch (RuntimeException e) {
                    errors.add(e);
                }
            }));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LabException("interrupted");
            }
        }
        if (!errors.isEmpty()) {
            throw errors.getFirst();
        }
    }
}
