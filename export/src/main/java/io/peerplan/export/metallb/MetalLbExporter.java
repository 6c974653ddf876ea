package io.peerplan.export.metallb;

import io.peerplan.export.ExportFile;
import io.peerplan.model.Cluster;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster's MetalLB files for a bundle: {@code metallb.yaml} (custom resources) or
 * {@code metallb-config.yaml} (the legacy ConfigMap) by the cluster's config style, and
 * {@code services.yaml}. Pure: text only.
 */
public final class MetalLbExporter {
    public static final String CRD_FILE = "metallb.yaml";
    public static final String LEGACY_FILE = "metallb-config.yaml";
    public static final String SERVICES_FILE = "services.yaml";

    private MetalLbExporter() {
    }

    /**
     * @param style  the config style to write (the cluster's own, or an override)
     * @param notes  extra header comment lines (findings of a forced export)
     */
    public static List<ExportFile> files(TopologyIndex index, Cluster c, Cluster.ConfigStyle style, List<String> notes,
            List<String> warnings) {
        String dir = c.id() + "/";
        List<ExportFile> out = new ArrayList<>();
        if (style == Cluster.ConfigStyle.LEGACY_CONFIGMAP) {
            out.add(new ExportFile(dir + LEGACY_FILE, K8sYaml.documents(MetalLbHeader.config(c, index, LEGACY_FILE, notes),
                    List.of(LegacyConfigMapGenerator.configMap(c, warnings)))));
        } else {
            out.add(new ExportFile(dir + CRD_FILE, K8sYaml.documents(MetalLbHeader.config(c, index, CRD_FILE, notes),
                    MetalLbCrdGenerator.resources(c, warnings))));
        }
        servicesFile(c, ServiceManifestGenerator.services(c, style), notes).ifPresent(f -> out.add(new ExportFile(dir + f.path(), f.content())));
        return out;
    }

    /** {@code services.yaml} (named inside the cluster's directory), or empty when the cluster has no service. */
    public static java.util.Optional<ExportFile> servicesFile(Cluster c, List<? extends com.fasterxml.jackson.databind.JsonNode> services,
            List<String> notes) {
        if (c.services().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ExportFile(SERVICES_FILE, K8sYaml.documents(MetalLbHeader.services(c, notes), services)));
    }
}
