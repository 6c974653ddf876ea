package io.peerplan.export;

import io.peerplan.model.Cluster;
import io.peerplan.model.Platform;
import java.util.List;

/**
 * What was exported for one element, and how the README presents it: a router (its platform) or a
 * cluster (its MetalLB config style), with its directory's files.
 */
record BundleEntry(String id, String kind, Platform platform, Cluster.ConfigStyle style, List<String> files) {

    boolean router() {
        return kind.equals("router");
    }

    /** The format column of the README's contents table and the section titles. */
    String format() {
        if (platform != null) {
            return RouterExporters.of(platform).label();
        }
        return style == Cluster.ConfigStyle.LEGACY_CONFIGMAP ? "MetalLB legacy ConfigMap" : "MetalLB custom resources";
    }
}
