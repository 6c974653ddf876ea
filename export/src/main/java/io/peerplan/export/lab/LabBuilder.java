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
 * configs (applied to all hosts at once, so sessions come up together, frr-facts.md batch 3).
 */
final class LabBuilder {
    /** How long {@code up} waits for sessions before releasing routes anyway (a broken session never comes up). */
    static final java.time.Duration SESSION_WAIT = java.time.Duration.ofSeconds(30);

    private LabBuilder() {
    }

    static void build(Lab lab, List<Failures.Effect> effects) {
        LabPlan plan = lab.plan();
        LabState s = lab.state();
        for (String ns : plan.namespaces()) {
            Namespaces.add(ns);
            s.namespaces.add(ns);
            lab.store().save(s);
        }
        Map<String, String> switchNs = new HashMap<>();
        for (LabPlan.Switch sw : plan.switches()) {
            Namespaces.bridge(sw.namespace());
            switchNs.put(sw.networkId(), sw.namespace());
        }
        Map<String, Integer> portCount = new HashMap<>();
        for (LabPlan.Host h : plan.hosts()) {
            for (LabPlan.Port p : h.ports()) {
                if (p.networkId() == null) {
                    Namespaces.dummy(h.namespace(), p.name());
                } else {
                    String sw = switchNs.get(p.networkId());
                    int n = portCount.merge(sw, 1, Integer::sum);
                    Namespaces.plug(h.namespace(), p.name(), sw, "p" + n);
                }
                Namespaces.address(h.namespace(), p.name(), p.address().toString());
            }
        }
        Set<String> stopped = new HashSet<>();
        Path run = Path.of(s.runDir);
        for (Failures.Effect e : effects) {
            stopped.addAll(e.stoppedHosts());
            e.droppedSessions().forEach(x -> Failures.dropSession(plan, x, run, s));
            e.droppedNetworks().forEach(n -> Failures.dropNetwork(plan, n, run, s));
        }
        List<String> starting = new ArrayList<>();
        for (LabPlan.Host h : plan.hosts()) {
            if (!stopped.contains(h.elementId())) {
                starting.add(h.elementId());
            }
        }
        Lab.parallel(starting, id -> startDaemons(lab, plan.host(id).orElseThrow()));
        lab.store().save(s);
        // Sessions first: routers and vantages all at once, then the speakers (a router accepting
        // speakers through a listen range never connects out itself, so a speaker configured before
        // it would be refused and wait out FRR's 120 s connect-retry timer). Then, once every session
        // is Established, every host's routes at once (Origination).
        List<String> routersFirst = starting.stream()
                .filter(id -> plan.host(id).orElseThrow().role() != LabPlan.Role.SPEAKER).toList();
        List<String> speakers = starting.stream()
                .filter(id -> plan.host(id).orElseThrow().role() == LabPlan.Role.SPEAKER).toList();
        Lab.parallel(routersFirst, id -> lab.frr(id).applySessions());
        Lab.parallel(speakers, id -> lab.frr(id).applySessions());
        Convergence.awaitSessions(lab, SESSION_WAIT);
        lab.markRoutesReleased();
        Lab.parallel(starting, id -> lab.frr(id).applyRoutes());
    }

    private static void startDaemons(Lab lab, LabPlan.Host h) {
        FrrHost f = lab.frr(h.elementId());
        LabState s = lab.state();
        f.prepare(h.config());
        synchronized (s) {
            s.frrDirs.add(f.frrDir().toString());
        }
        for (String d : FrrHost.daemonsFor(h.config())) {
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
