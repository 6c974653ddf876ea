package io.peerplan.export;

import io.peerplan.export.frr.FrrConfigGenerator;
import io.peerplan.export.push.PushListener;
import io.peerplan.export.push.PushOptions;
import io.peerplan.export.push.PushRunner;
import io.peerplan.export.push.QuaggaCandidate;
import io.peerplan.export.push.SshConnector;
import io.peerplan.export.quagga.QuaggaConfig;
import io.peerplan.export.quagga.QuaggaConfigGenerator;
import io.peerplan.export.quagga.QuaggaPolicy;
import io.peerplan.model.Cluster;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.List;

/**
 * What a push sends to each device, rendered by the exporters (push itself knows no generator,
 * ExportPackagesTest): an FRR router's frr.conf, a Quagga router's zebra.conf and bgpd.conf, a
 * cluster's speaker objects. The designer and {@code peerplan push} take their runner from here, so
 * both send exactly what {@code peerplan export} writes.
 */
public final class PushCandidates {
    private PushCandidates() {
    }

    /** The runner that pushes {@code t}'s devices with the exporters' output. */
    public static PushRunner runner(Topology t, SshConnector connector, PushOptions options, PushListener listener) {
        return new PushRunner(t, connector, FrrConfigGenerator::generate, PushCandidates::clusterObjects, options, listener)
                .withQuagga(PushCandidates::quagga);
    }

    /**
     * A cluster's speaker objects as exported (MetalLB CRDs or the legacy ConfigMap, FRRConfigurations,
     * Cilium's BGP objects); Services belong to the applications and are not pushed.
     */
    public static String clusterObjects(Topology t, Cluster c) {
        return ClusterExporters.of(c.effectiveSpeaker()).manifests(new TopologyIndex(t), c);
    }

    /**
     * A Quagga router's zebra.conf and bgpd.conf. What Quagga cannot do is refused, never left out:
     * a push must not quietly drop part of the design from a live router.
     */
    public static QuaggaCandidate quagga(Topology t, Router r) {
        try {
            QuaggaConfig q = QuaggaConfigGenerator.generate(new TopologyIndex(t), r, QuaggaPolicy.REFUSE, List.of());
            return new QuaggaCandidate(q.zebraConf(), q.bgpdConf());
        } catch (ExportRefusedException e) {
            throw new IllegalArgumentException("Quagga cannot express " + String.join("; ", e.reasons()), e);
        }
    }
}
