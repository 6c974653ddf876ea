package io.peerplan.app.ui.sim;

import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.sim.AnycastView;
import io.peerplan.model.sim.FailoverBudget;
import io.peerplan.model.sim.PrefixMove;
import io.peerplan.model.sim.PrependOverride;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.Simulation;
import io.peerplan.model.sim.SimulationResult;
import io.peerplan.model.sim.Simulator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Simulation mode without the UI: the active flag, the vantage, the what-if scenario (failed
 * elements, prepend overrides) and the latest {@link SimulationSnapshot}. Every change reruns the
 * simulator on a worker thread; the topology is compiled once per edit and what-ifs reuse its
 * baseline ({@link Simulation#run}), so failing an element recomputes only the prefixes it
 * touches. A newer request cancels the one in flight; results come back through {@code fx}.
 */
public final class SimulationViewModel implements AutoCloseable {
    private final Supplier<Topology> topology;
    private final Executor fx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "peerplan-simulation");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final StringProperty vantage = new SimpleStringProperty(this, "vantage");
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario", Scenario.BASELINE);
    private final DoubleProperty requestRate = new SimpleDoubleProperty(this, "requestRate", 127);
    private final ReadOnlyObjectWrapper<SimulationSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot",
            SimulationSnapshot.EMPTY);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ObservableList<String> vantages = FXCollections.observableArrayList();
    private final ObservableList<PrependKnob> knobs = FXCollections.observableArrayList();
    private volatile Simulation prepared;

    public SimulationViewModel(Supplier<Topology> topology, Executor fx) {
        this.topology = topology;
        this.fx = fx;
        active.addListener((o, a, b) -> refresh());
        vantage.addListener((o, a, b) -> refresh());
        scenario.addListener((o, a, b) -> refresh());
    }

    /** The topology changed (an edit, a file opened): recompile, keep the scenario's still-valid parts. */
    public void topologyChanged() {
        Topology t = topology.get();
        prepared = null;
        List<String> ids = new ArrayList<>();
        t.vantages().forEach(v -> ids.add(v.id()));
        t.routers().forEach(r -> ids.add(r.id()));
        vantages.setAll(ids);
        knobs.setAll(PrependKnob.of(t));
        if (vantage.get() == null || !ids.contains(vantage.get())) {
            vantage.set(ids.isEmpty() ? null : ids.getFirst());
        }
        TopologyIndex index = new TopologyIndex(t);
        Scenario s = scenario.get();
        Set<String> failed = new LinkedHashSet<>();
        s.failed().stream().filter(id -> index.kind(id).isPresent()).forEach(failed::add);
        List<PrependOverride> prepends = s.prepends().stream().filter(p -> knobs.stream()
                .anyMatch(k -> k.sameEntry(p.routerId(), p.routeMap(), p.seq()))).toList();
        Scenario kept = new Scenario(failed, prepends);
        if (!kept.equals(s)) {
            scenario.set(kept);
        } else {
            refresh();
        }
    }

    /** True when the element can fail in a what-if (regions, routers, vantages, clusters, nodes, peerings, networks). */
    public boolean canFail(String id) {
        return id != null && new TopologyIndex(topology.get()).kind(id).isPresent();
    }

    public boolean isFailed(String id) {
        return scenario.get().failed().contains(id);
    }

    /** Fails the element, or brings it back when it already failed. */
    public void toggleFailed(String id) {
        Scenario s = scenario.get();
        Set<String> failed = new LinkedHashSet<>(s.failed());
        if (!failed.remove(id)) {
            failed.add(id);
        }
        scenario.set(new Scenario(failed, s.prepends()));
    }

    /** Sets the prepend count of a route-map entry; the design's own count removes the override. */
    public void setPrepend(PrependKnob knob, int count) {
        Scenario s = scenario.get();
        List<PrependOverride> l = new ArrayList<>(s.prepends().stream()
                .filter(p -> !knob.sameEntry(p.routerId(), p.routeMap(), p.seq())).toList());
        if (count != knob.count()) {
            l.add(new PrependOverride(knob.routerId(), knob.routeMap(), knob.seq(), count));
        }
        scenario.set(new Scenario(s.failed(), l));
    }

    /** The prepend count in effect for the entry in the current scenario. */
    public int prependCount(PrependKnob knob) {
        return scenario.get().prepends().stream().filter(p -> knob.sameEntry(p.routerId(), p.routeMap(), p.seq()))
                .mapToInt(PrependOverride::count).findFirst().orElse(knob.count());
    }

    /** Back to the baseline: nothing failed, no overrides. */
    public void reset() {
        scenario.set(Scenario.BASELINE);
    }

    /** Reruns the simulation for the current state (no-op while simulation mode is off). */
    public void refresh() {
        long gen = generation.incrementAndGet();
        if (!active.get()) {
            snapshot.set(SimulationSnapshot.EMPTY);
            running.set(false);
            return;
        }
        Topology t = topology.get();
        Scenario s = scenario.get();
        String v = vantage.get();
        running.set(true);
        worker.execute(() -> {
            if (generation.get() != gen) {
                return;
            }
            SimulationSnapshot snap;
            try {
                snap = compute(t, s, v, () -> generation.get() != gen);
            } catch (CancellationException e) {
                return;
            } catch (RuntimeException e) {
                snap = SimulationSnapshot.failed(s, v, e.getMessage() == null ? e.toString() : e.getMessage());
            }
            SimulationSnapshot done = snap;
            fx.execute(() -> {
                if (generation.get() == gen) {
                    snapshot.set(done);
                    running.set(false);
                }
            });
        });
    }

    private SimulationSnapshot compute(Topology t, Scenario s, String v, java.util.function.BooleanSupplier cancelled) {
        Simulation sim = prepared;
        if (sim == null || sim.topology() != t) {
            sim = Simulator.prepare(t);
            prepared = sim;
        }
        SimulationResult r = sim.run(s, cancelled);
        if (v == null || r.rib(v).isEmpty()) {
            String why = v == null ? "The design has no vantage or router to look from."
                    : v + " is down in this scenario: pick another vantage.";
            return new SimulationSnapshot(s, v, r, List.of(), r.changes(), List.of(),
                    SimulationMarking.of(r, v, List.of(), List.of()), why);
        }
        List<AnycastView> served = r.anycast(v);
        List<FailoverBudget> budgets = r.failover(v);
        List<PrefixMove> moves = r.changesFrom(v);
        return new SimulationSnapshot(s, v, r, served, moves, budgets, SimulationMarking.of(r, v, served, budgets), null);
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty vantageProperty() {
        return vantage;
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public DoubleProperty requestRateProperty() {
        return requestRate;
    }

    public ReadOnlyObjectProperty<SimulationSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public SimulationSnapshot snapshot() {
        return snapshot.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ObservableList<String> vantages() {
        return vantages;
    }

    public ObservableList<PrependKnob> knobs() {
        return knobs;
    }

    @Override
    public void close() {
        generation.incrementAndGet();
        worker.shutdownNow();
    }
}
