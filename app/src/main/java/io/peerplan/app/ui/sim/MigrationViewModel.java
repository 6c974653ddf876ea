package io.peerplan.app.ui.sim;

import io.peerplan.export.SpeakerObjects;
import io.peerplan.model.Cluster;
import io.peerplan.model.Speaker;
import io.peerplan.model.SpeakerSwitch;
import io.peerplan.model.Topology;
import io.peerplan.model.sim.SpeakerComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The designer's migration report: what switching the current design's clusters (every one, or the
 * one picked) to the chosen speaker does, computed as {@code peerplan compare} computes it
 * ({@link SpeakerComparison} and {@link SpeakerObjects} of one {@link SpeakerSwitch}). Two full
 * simulations and an export per run, so it runs on its own worker thread; the latest request wins,
 * and a shown report is computed again when the design changes.
 */
public final class MigrationViewModel implements AutoCloseable {
    /** One finished comparison, or the sentence saying why there is none. */
    public record Migration(SpeakerSwitch change, SpeakerComparison comparison, List<SpeakerObjects.Entry> objects, String error) {
    }

    private final Supplier<Topology> topology;
    private final Executor fx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "peerplan-migration");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final ObjectProperty<Speaker> speaker = new SimpleObjectProperty<>(this, "speaker", Speaker.CILIUM);
    private final ObservableList<Optional<String>> scopes = FXCollections.observableArrayList();
    private final ObservableList<Optional<String>> scopesView = FXCollections.unmodifiableObservableList(scopes);
    private final ObjectProperty<Optional<String>> cluster = new SimpleObjectProperty<>(this, "cluster", Optional.empty());
    private final ReadOnlyObjectWrapper<Migration> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public MigrationViewModel(Supplier<Topology> topology, Executor fx) {
        this.topology = topology;
        this.fx = fx;
        fillScopes();
    }

    /** Compares the current design with the picked switch, off the FX thread. */
    public void compare() {
        long gen = generation.incrementAndGet();
        Topology t = topology.get();
        SpeakerSwitch change = new SpeakerSwitch(speaker.get(), cluster.get());
        running.set(true);
        worker.execute(() -> {
            if (generation.get() != gen) {
                return;
            }
            Migration done = run(t, change);
            fx.execute(() -> {
                if (generation.get() == gen) {
                    result.set(done);
                    running.set(false);
                }
            });
        });
    }

    private static Migration run(Topology t, SpeakerSwitch change) {
        Optional<String> problem = change.problemIn(t);
        if (problem.isPresent()) {
            return new Migration(change, null, List.of(), "Nothing to compare: " + problem.get() + ".");
        }
        try {
            return new Migration(change, SpeakerComparison.of(t, change), SpeakerObjects.of(t, change), null);
        } catch (RuntimeException e) {
            // A design the simulation or export cannot take: say so in the panel, as the simulation view does.
            return new Migration(change, null, List.of(), "The comparison could not run on this design; fix the findings first.");
        }
    }

    /** The design changed: the clusters to pick from follow it, and a shown report is computed again. */
    public void topologyChanged() {
        fillScopes();
        if (result.get() != null) {
            compare();
        }
    }

    private void fillScopes() {
        List<Optional<String>> s = new ArrayList<>();
        s.add(Optional.empty());
        topology.get().clusters().stream().map(Cluster::id).map(Optional::of).forEach(s::add);
        if (!s.equals(scopes)) {
            Optional<String> picked = cluster.get();
            scopes.setAll(s);
            cluster.set(s.contains(picked) ? picked : Optional.empty());
        }
    }

    public ObjectProperty<Speaker> speakerProperty() {
        return speaker;
    }

    /** The cluster that switches; empty: every cluster. */
    public ObjectProperty<Optional<String>> clusterProperty() {
        return cluster;
    }

    /** "Every cluster" (empty) and each cluster of the design, to pick {@link #clusterProperty()} from. */
    public ObservableList<Optional<String>> scopes() {
        return scopesView;
    }

    public ReadOnlyObjectProperty<Migration> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
