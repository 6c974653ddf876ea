package io.peerplan.export;

import io.peerplan.export.cilium.CiliumExporter;
import io.peerplan.export.frrk8s.FrrK8sExporter;
import io.peerplan.export.metallb.MetalLbClusterExporter;
import io.peerplan.model.Speaker;

/**
 * The cluster exporter registry, keyed by {@link Speaker}. The switch is an exhaustive expression:
 * a new speaker constant does not compile until it has an exporter ({@code ClusterExportersTest}
 * then checks that it renders, has apply steps and is named in the README).
 */
public final class ClusterExporters {

    private ClusterExporters() {
    }

    public static ClusterExporter of(Speaker s) {
        return switch (s) {
            case METALLB -> MetalLbClusterExporter.INSTANCE;
            case FRR_K8S -> FrrK8sExporter.INSTANCE;
            case CILIUM -> CiliumExporter.INSTANCE;
        };
    }
}
