package io.peerplan.export.cilium;

import io.peerplan.export.ClusterExporter;
import io.peerplan.export.RouterFiles;
import io.peerplan.export.metallb.MetalLbExporter;
import io.peerplan.export.metallb.SpeakerHeader;
import io.peerplan.export.text.ShellQuote;
import io.peerplan.model.Cluster;
import io.peerplan.model.TopologyIndex;
import java.util.List;

/** Cilium's place in the cluster exporter registry: {@code cilium.yaml} (BGP v2 and LB-IPAM objects) and the services. */
public final class CiliumExporter implements ClusterExporter {
    public static final CiliumExporter INSTANCE = new CiliumExporter();
    public static final String FILE = "cilium.yaml";
    /** Where Cilium's agent reads BGP auth secrets by default ({@code --bgp-secrets-namespace}). */
    static final String SECRETS_NAMESPACE = "kube-system";

    private CiliumExporter() {
    }

    @Override
    public String label(Cluster.ConfigStyle style) {
        return "Cilium BGP Control Plane v2";
    }

    @Override
    public RouterFiles render(TopologyIndex index, Cluster c, Cluster.ConfigStyle style, List<String> notes) {
        return SpeakerHeader.files(index, c, "Cilium BGP", FILE, CiliumGenerator::resources, CiliumServices.services(c), notes);
    }

    @Override
    public void applySteps(Cluster c, Cluster.ConfigStyle style, List<String> files, StringBuilder b) {
        String ctx = SpeakerHeader.context(c);
        String d = c.id() + "/";
        b.append("Cilium must already run in cluster ").append(SpeakerHeader.readme(c.displayName()))
                .append(" with the BGP Control Plane enabled (`bgpControlPlane.enabled=true`); the objects are cluster-scoped.\n\n");
        SpeakerHeader.secretSteps(b, c, SpeakerHeader.passwordSecrets(c), SECRETS_NAMESPACE, "CiliumBGPPeerConfig",
                "Cilium reads key `password` in namespace " + SECRETS_NAMESPACE, "");
        b.append("1. Apply the Cilium objects (pools, advertisements, peer configs, cluster configs, node overrides):\n\n")
                .append("       kubectl").append(ctx).append(" apply -f ").append(ShellQuote.quote(d + FILE)).append("\n\n");
        if (files.contains(MetalLbExporter.SERVICES_FILE)) {
            b.append("2. Apply the services (their label `").append(CiliumGenerator.POOL_LABEL)
                    .append("` picks the LB-IPAM pool):\n\n       kubectl").append(ctx).append(" apply -f ")
                    .append(ShellQuote.quote(d + MetalLbExporter.SERVICES_FILE)).append("\n\n");
        }
    }
}
