package io.peerplan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A migration to another BGP speaker: every cluster of a design, or one cluster, switched to
 * {@code to}. What {@code peerplan compare} and the designer's migration view compare the design
 * with ({@code SpeakerComparison}), and whose objects they list.
 *
 * @param to the speaker the clusters switch to
 * @param cluster the one cluster that switches; empty: every cluster
 */
public record SpeakerSwitch(Speaker to, Optional<String> cluster) {

    public SpeakerSwitch {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cluster, "cluster");
    }

    /** Every cluster to {@code to}. */
    public static SpeakerSwitch everyCluster(Speaker to) {
        return new SpeakerSwitch(to, Optional.empty());
    }

    /** Only the cluster {@code clusterId} to {@code to}. */
    public static SpeakerSwitch cluster(Speaker to, String clusterId) {
        return new SpeakerSwitch(to, Optional.of(clusterId));
    }

    /** Whether this switch changes {@code c}'s speaker (the cluster whose objects a migration applies). */
    public boolean covers(Cluster c) {
        return cluster.map(c.id()::equals).orElse(true);
    }

    /** The design with the clusters this switch covers run by {@link #to}. */
    public Topology applyTo(Topology t) {
        return t.withClusters(t.clusters().stream().map(c -> covers(c) ? c.withSpeaker(to) : c).toList());
    }

    /** The sentence naming a cluster of the switch that {@code t} lacks, if any (a design file is input). */
    public Optional<String> problemIn(Topology t) {
        return cluster.filter(id -> t.clusters().stream().noneMatch(c -> c.id().equals(id)))
                .map(id -> "the design has no cluster '" + id + "'; its clusters: "
                        + String.join(", ", t.clusters().stream().map(Cluster::id).toList()));
    }

    /** "every cluster" or "cluster ID", for headings. */
    public String scope() {
        return cluster.map(id -> "cluster " + id).orElse("every cluster");
    }
}
