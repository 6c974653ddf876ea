package io.peerplan.export.frrk8s;

import io.peerplan.export.ClusterExporter;
import io.peerplan.export.RouterFiles;
import io.peerplan.export.metallb.MetalLbExporter;
import io.peerplan.export.metallb.ServiceManifestGenerator;
import io.peerplan.export.metallb.SpeakerHeader;
import io.peerplan.export.text.ShellQuote;
import io.peerplan.model.Cluster;
import io.peerplan.model.TopologyIndex;
import java.util.List;

/** frr-k8s's place in the cluster exporter registry: {@code frr-k8s.yaml} (FRRConfigurations) and the services. */
public final class FrrK8sExporter implements ClusterExporter {
    public static final FrrK8sExporter INSTANCE = new FrrK8sExporter();
    public static final String FILE = "frr-k8s.yaml";

    private FrrK8sExporter() {
    }

    @Override
    public String label(Cluster.ConfigStyle style) {
        return "frr-k8s FRRConfiguration";
    }

    @Override
    public RouterFiles render(TopologyIndex index, Cluster c, Cluster.ConfigStyle style, List<String> notes) {
        return SpeakerHeader.files(index, c, "frr-k8s", FILE, FrrConfigurationGenerator::resources,
                ServiceManifestGenerator.services(c, Cluster.ConfigStyle.CRDS), notes);
    }

    @Override
    public void applySteps(Cluster c, Cluster.ConfigStyle style, List<String> files, StringBuilder b) {
        String ctx = SpeakerHeader.context(c);
        String d = c.id() + "/";
        b.append("frr-k8s must already run in namespace `").append(SpeakerHeader.readme(c.effectiveNamespace()))
                .append("` of cluster ").append(SpeakerHeader.readme(c.displayName()))
                .append(" (it reads FRRConfigurations from its own namespace).\n\n");
        SpeakerHeader.secretSteps(b, c, SpeakerHeader.passwordSecrets(c), c.effectiveNamespace(), "neighbor",
                "frr-k8s wants type kubernetes.io/basic-auth, key `password`", " --type=kubernetes.io/basic-auth");
        b.append("1. Apply the FRRConfigurations (one per node, selected by its hostname):\n\n")
                .append("       kubectl").append(ctx).append(" apply -f ").append(ShellQuote.quote(d + FILE)).append("\n\n");
        if (files.contains(MetalLbExporter.SERVICES_FILE)) {
            b.append("2. Apply the services (frr-k8s only announces: their IPs come from your LoadBalancer IP allocator):\n\n       kubectl")
                    .append(ctx).append(" apply -f ").append(ShellQuote.quote(d + MetalLbExporter.SERVICES_FILE)).append("\n\n");
        }
    }
}
