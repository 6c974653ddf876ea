package io.peerplan.export;

import io.peerplan.model.Cluster;
import io.peerplan.model.Platform;
import io.peerplan.model.Speaker;
import java.util.List;

/**
 * What was exported for one element, and how the README presents it: a router (its platform) or a
 * cluster (its speaker and MetalLB config style), with its directory's files.
 */
record BundleEntry(String id, String kind, Platform platform, Speaker speaker, Cluster.ConfigStyle style, List<String> files) {

    boolean router() {
        return kind.equals("router");
    }

    /** The format column of the README's contents table and the section titles. */
    String format() {
        if (platform != null) {
            return RouterExporters.of(platform).label();
        }
        return ClusterExporters.of(speaker).label(style);
    }
}
