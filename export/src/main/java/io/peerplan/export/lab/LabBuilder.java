package io.peerplan.export.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of {@link Lab#up}, each recorded in the state file before the next: namespaces, bridges,
 * veths and addresses, the silent drops of failures present from the start, the daemons, then the
 * configs (applied to all hosts at once, so sessions come up together, FrrFactsTest batch 3).
 */
final class LabBuilder {
    /** How long {@code up} waits for sessions before releasing routes anyway (a broken session never comes up). */
    static final java.time.Duration SESSION_WAIT = java.time.Duration.ofSeconds(30);
    /** How long after the last config load routes may be released (route-map delay timer 1 s, and margin). */
    static final java.time.Duration ROUTE_MAP_SETTLE = java.time.Duration.ofMillis(1500);
    /** How long after the last session came up routes may be released (update-group coalesce timer 1 s, and margin). */
    static final java.time.Duration SUBGROUP_COALESCE = java.time.Duration.ofMillis(1200);
    /** How long {@code up} waits for the tables to settle after releasing the routes. */
    static final java.time.Duration ROUTE_WAIT = java.time.Duration.ofSeconds(30);
    /** How long every table must stay unchanged to count as settled. */
    static final java.time.Duration QUIET = java.time.Duration.ofMillis(700);

    private LabBuilder() {
    }

    static void build(Lab lab, List<Failures.Effect> effects) {
        LabPlan plan = lab.plan();
        LabState s = lab.state();
        long t = System.nanoTime();
        Path run = Path.of(s.runDir);
        lab.step(LabProgress.Step.NAMESPACES);
        createNamespaces(lab, run);
        Map<String, String> switchNs = new HashMap<>();
        plan.switches().forEach(sw -> switchNs.put(sw.networkId(), sw.namespace()));
        Lab.parallel(plan.switches().stream().map(LabPlan.Switch::namespace).toList(), ns -> Namespaces.batch(ns,
                List.of("link set lo up", "link add br0 type bridge", "link set br0 up"), run.resolve(ns + ".bridge.ip")));
        Map<String, List<String>> switchPorts = new HashMap<>();
        Map<String, List<String>> hostLines = new HashMap<>();
        for (LabPlan.Host h : plan.hosts()) {
            List<String> lines = new ArrayList<>(List.of("link set lo up"));
            for (LabPlan.Port p : h.ports()) {
                if (p.networkId() == null) {
                    // A bridge without ports is up with carrier: kernels without the dummy module exist.
                    lines.add("link add " + p.name() + " type bridge");
                } else {
                    String sw = switchNs.get(p.networkId());
                    List<String> ports = switchPorts.computeIfAbsent(sw, k -> new ArrayList<>());
                    String port = "p" + (ports.size() / 2 + 1);
                    lines.add("link add " + p.name() + " type veth peer name " + port + " netns " + sw);
                    ports.add("link set " + port + " master br0");
                    ports.add("link set " + port + " up");
                }
                lines.add("addr add " + p.address() + " dev " + p.name());
                lines.add("link set " + p.name() + " up");
            }
            hostLines.put(h.namespace(), lines);
        }
        Lab.parallel(new ArrayList<>(hostLines.keySet()), ns -> Namespaces.batch(ns, hostLines.get(ns),
                run.resolve(ns + ".links.ip")));
        Lab.parallel(new ArrayList<>(switchPorts.keySet()), ns -> Namespaces.batch(ns, switchPorts.get(ns),
                run.resolve(ns + ".ports.ip")));
        Set<String> stopped = new HashSet<>();
        for (Failures.Effect e : effects) {
            stopped.addAll(e.stoppedHosts());
            e.droppedSessions().forEach(x -> Failures.dropSession(plan, x, run, s));
            e.droppedNetworks().forEach(n -> Failures.dropNetwork(plan, n, run, s));
        }
        t = step(lab, s, "network", t);
        List<String> starting = new ArrayList<>();
        for (LabPlan.Host h : plan.hosts()) {
            if (!stopped.contains(h.elementId())) {
                starting.add(h.elementId());
            }
        }
        lab.step(LabProgress.Step.DAEMONS);
        Lab.parallel(starting, id -> startDaemons(lab, plan.host(id).orElseThrow()));
        t = step(lab, s, "daemons", t);
        lab.store().save(s);
        // Sessions first: routers and vantages all at once, then the speakers (a router accepting
        // speakers through a listen range never connects out itself, so a speaker configured before
        // it would be refused and wait out FRR's 120 s connect-retry timer). Then, once every session
        // is Established, every host's routes at once (Origination).
        List<String> routersFirst = starting.stream()
                .filter(id -> plan.host(id).orElseThrow().role() != LabPlan.Role.SPEAKER).toList();
        List<String> speakers = starting.stream()
                .filter(id -> plan.host(id).orElseThrow().role() == LabPlan.Role.SPEAKER).toList();
        lab.step(LabProgress.Step.SESSIONS);
        Lab.parallel(routersFirst, id -> lab.host(id).applySessions());
        lab.checkCancelled();
        Lab.parallel(speakers, id -> lab.host(id).applySessions());
        t = step(lab, s, "configs", t);
        long configured = System.nanoTime();
        List<String> down = Convergence.awaitSessions(lab, SESSION_WAIT);
        // bgpd holds updates through route-maps until its route-map delay timer (1 s in the lab,
        // LAB_HEADER) fires after a config load; routes released before that would stall at every
        // router with a route-map and move on a second later, out of step with the others.
        // A speaker sends nothing on a new session until its update group's coalesce timer fires
        // (FRR BGP_DEFAULT_SUBGROUP_COALESCE_TIME, 1 s, bgpd/bgp_updgrp.h): routes released before
        // then reach that session's peer up to a second late, and a router that does not batch them
        // with the others' (Quagga, which has no delay timer) keeps the first as "Older Path".
        long routeMapsReady = Math.max(configured + ROUTE_MAP_SETTLE.toNanos(),
                System.nanoTime() + SUBGROUP_COALESCE.toNanos());
        while (System.nanoTime() < routeMapsReady) {
            lab.checkCancelled();
            Processes.sleep(Math.max(1, (routeMapsReady - System.nanoTime()) / 1_000_000));
        }
        synchronized (s) {
            s.downSessions = new ArrayList<>(down);
        }
        t = step(lab, s, "sessions", t);
        lab.step(LabProgress.Step.CONVERGENCE);
        Lab.SPREADING.lock();
        try {
            Processes.renice(Processes.daemons(s.pids), Lab.NICE);
            releaseRoutes(lab, starting);
            t = step(lab, s, "routes", t);
            long converged = Convergence.settle(lab, ROUTE_WAIT, QUIET, lab.routesReleasedNanos());
            synchronized (s) {
                s.upMillis.put("converged", converged);
            }
            step(lab, s, "settled", t);
        } finally {
            Lab.SPREADING.unlock();
        }
    }

    /**
     * Every host's routes at once: a vty connection per host is opened and put in config mode
     * first, then all threads pass one gate and send their lines together, so that routes from
     * different origins start within the same few milliseconds (bgpd batches what arrives within
     * 50 ms into one best-path run, FRR bgp_process_queue_init; FrrFactsTest batch 3).
     */
    private static void releaseRoutes(Lab lab, List<String> hosts) {
        java.util.Map<String, List<String>> lines = new HashMap<>();
        for (String id : hosts) {
            List<String> l = lab.host(id).routeLines();
            if (!l.isEmpty()) {
                lines.put(id, l);
            }
        }
        java.util.Map<String, VtySocket.Connection> open = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            Lab.parallel(new ArrayList<>(lines.keySet()), id -> open.put(id, VtySocket.open(lab.host(id).bgpdSocket())));
            java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
            List<String> ids = new ArrayList<>(lines.keySet());
            Thread opener = Thread.ofVirtual().start(() -> {
                Processes.sleep(20);
                lab.markRoutesReleased();
                gate.countDown();
            });
            Lab.parallel(ids, id -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LabException("interrupted");
                }
                open.get(id).configure(lines.get(id));
            });
            opener.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted");
        } finally {
            open.values().forEach(VtySocket.Connection::close);
        }
        if (lines.isEmpty()) {
            lab.markRoutesReleased();
        }
    }

    /** All namespaces in one {@code ip -batch}; the state records those that exist afterwards, even on failure. */
    private static void createNamespaces(Lab lab, Path run) {
        LabState s = lab.state();
        try {
            java.nio.file.Files.createDirectories(run);
            Namespaces.batch(null, lab.plan().namespaces().stream().map(ns -> "netns add " + ns).toList(),
                    run.resolve("namespaces.ip"));
        } catch (java.io.IOException e) {
            throw new LabException("cannot create " + run + ": " + e.getMessage(), e);
        } finally {
            for (String ns : lab.plan().namespaces()) {
                if (Namespaces.exists(ns) && !s.namespaces.contains(ns)) {
                    s.namespaces.add(ns);
                }
            }
            lab.store().save(s);
        }
    }

    private static long step(Lab lab, LabState s, String name, long since) {
        lab.checkCancelled();
        long now = System.nanoTime();
        synchronized (s) {
            s.upMillis.put(name, (now - since) / 1_000_000);
        }
        return now;
    }

    private static void startDaemons(Lab lab, LabPlan.Host h) {
        LabHost f = lab.host(h.elementId());
        LabState s = lab.state();
        f.prepare();
        f.pathspace().ifPresent(dir -> {
            synchronized (s) {
                s.frrDirs.add(dir.toString());
            }
        });
        for (String d : f.daemons()) {
            lab.checkCancelled();
            try {
                f.start(d, h.hostname());
            } finally {
                // Record whatever runs, also when this daemon failed, so that down stops it.
                synchronized (s) {
                    s.pids.put(h.namespace(), new java.util.LinkedHashMap<>(f.runningPids()));
                    lab.store().save(s);
                }
            }
        }
    }
}
