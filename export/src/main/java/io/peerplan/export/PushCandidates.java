package io.peerplan.export;

import io.peerplan.export.push.QuaggaCandidate;
import io.peerplan.export.quagga.QuaggaConfig;
import io.peerplan.export.quagga.QuaggaConfigGenerator;
import io.peerplan.export.quagga.QuaggaPolicy;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.List;

/**
 * What a push sends to a Quagga router, rendered by its generator (push itself knows no generator,
 * ExportPackagesTest). An FRR router's candidate is {@code FrrConfigGenerator::generate} as it is.
 */
public final class PushCandidates {
    private PushCandidates() {
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
