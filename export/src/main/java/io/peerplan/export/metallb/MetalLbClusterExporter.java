package io.peerplan.export.metallb;

import io.peerplan.export.ClusterExporter;
import io.peerplan.export.ExportFile;
import io.peerplan.export.RouterFiles;
import io.peerplan.export.text.ConfigSyntax;
import io.peerplan.export.text.ShellQuote;
import io.peerplan.model.Cluster;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.List;

/** MetalLB's place in the cluster exporter registry: its CRDs or legacy ConfigMap, and the services. */
public final class MetalLbClusterExporter implements ClusterExporter {
    public static final MetalLbClusterExporter INSTANCE = new MetalLbClusterExporter();

    private MetalLbClusterExporter() {
    }

    @Override
    public String label(Cluster.ConfigStyle style) {
        return style == Cluster.ConfigStyle.LEGACY_CONFIGMAP ? "MetalLB legacy ConfigMap" : "MetalLB custom resources";
    }

    @Override
    public RouterFiles render(TopologyIndex index, Cluster c, Cluster.ConfigStyle style, List<String> notes) {
        List<String> warnings = new ArrayList<>();
        int dir = c.id().length() + 1;
        List<ExportFile> files = MetalLbExporter.files(index, c, style, notes, warnings).stream()
                .map(f -> new ExportFile(f.path().substring(dir), f.content())).toList();
        return new RouterFiles(files, warnings);
    }

    @Override
    public void applySteps(Cluster c, Cluster.ConfigStyle style, List<String> files, StringBuilder b) {
        String ctx = MetalLbHeader.context(c);
        String ns = ShellQuote.quote(c.effectiveNamespace());
        String d = c.id() + "/";
        b.append("MetalLB must already be installed in namespace `").append(readme(c.effectiveNamespace()))
                .append("` of cluster ").append(readme(c.displayName())).append(".\n\n");
        List<String> secrets = style == Cluster.ConfigStyle.LEGACY_CONFIGMAP ? List.of() : SpeakerHeader.passwordSecrets(c);
        SpeakerHeader.secretSteps(b, c, secrets, c.effectiveNamespace(), "BGPPeer", "MetalLB wants type kubernetes.io/basic-auth, key `password`",
                " --type=kubernetes.io/basic-auth");
        if (style == Cluster.ConfigStyle.LEGACY_CONFIGMAP) {
            b.append("1. Apply the ConfigMap, then restart the controller so that MetalLB < 0.13 reads it:\n\n")
                    .append("       kubectl").append(ctx).append(" apply -f ").append(ShellQuote.quote(d + MetalLbExporter.LEGACY_FILE)).append('\n')
                    .append("       kubectl").append(ctx).append(" -n ").append(ns)
                    .append(" delete pod -l app=metallb,component=controller\n\n");
        } else {
            b.append("1. Apply the MetalLB objects (in dependency order, so the admission webhook accepts each):\n\n")
                    .append("       kubectl").append(ctx).append(" apply -f ").append(ShellQuote.quote(d + MetalLbExporter.CRD_FILE)).append("\n\n");
        }
        if (files.contains(MetalLbExporter.SERVICES_FILE)) {
            b.append("2. Apply the services:\n\n       kubectl").append(ctx).append(" apply -f ")
                    .append(ShellQuote.quote(d + MetalLbExporter.SERVICES_FILE)).append("\n\n");
        }
    }

    /** A design value in the README: one line (the README's own rule, BundleReadme.text). */
    static String readme(String value) {
        return ConfigSyntax.line("the bundle README", value);
    }
}
