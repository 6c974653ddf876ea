package io.peerplan.export;

import io.peerplan.model.Cluster;
import io.peerplan.model.TopologyIndex;
import java.util.List;

/**
 * How one Kubernetes BGP speaker is exported: a cluster's files, the README's steps that apply
 * them, its label there, and the objects {@code peerplan push} applies. One per
 * {@link io.peerplan.model.Speaker}, found in {@link ClusterExporters}, as {@link RouterExporter}
 * is per router platform.
 */
public interface ClusterExporter {

    /** The format's name in the README's contents table and section titles, e.g. "MetalLB custom resources". */
    String label(Cluster.ConfigStyle style);

    /**
     * The cluster's files, named inside its directory ({@code metallb.yaml}, {@code services.yaml}), and
     * what the speaker's objects cannot express.
     *
     * @param style the MetalLB config style to write (the cluster's own, or an override); other speakers ignore it
     * @param notes header comment lines (findings of a forced export)
     */
    RouterFiles render(TopologyIndex index, Cluster c, Cluster.ConfigStyle style, List<String> notes);

    /** The speaker's objects as one multi-document YAML, as {@code peerplan push} applies them (services are the apps'). */
    default String manifests(TopologyIndex index, Cluster c) {
        return render(index, c, c.effectiveConfigStyle(), List.of()).files().getFirst().content();
    }

    /**
     * Appends the numbered steps that apply the rendered files.
     *
     * @param files the rendered files' names inside the cluster's directory
     */
    void applySteps(Cluster c, Cluster.ConfigStyle style, List<String> files, StringBuilder b);
}
