package io.peerplan.export.metallb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.model.Cluster;
import io.peerplan.model.Service;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Service manifests (type LoadBalancer) with the MetalLB annotations the seeds use:
 * {@code metallb.io/address-pool}, {@code metallb.io/loadBalancerIPs} and
 * {@code metallb.io/allow-shared-ip} for a CRD cluster, the {@code metallb.universe.tf/} forms for a
 * legacy one (MetalLB &lt; 0.13 reads only those). Other annotations are kept as designed.
 */
public final class ServiceManifestGenerator {
    public static final String CRD_PREFIX = "metallb.io/";
    public static final String LEGACY_PREFIX = "metallb.universe.tf/";
    /** A targetPort written as a number; compiled once, not per port as {@code String.matches} did. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private ServiceManifestGenerator() {
    }

    public static ObjectNode service(Service s, Cluster.ConfigStyle style) {
        String prefix = style == Cluster.ConfigStyle.LEGACY_CONFIGMAP ? LEGACY_PREFIX : CRD_PREFIX;
        ObjectNode doc = K8sYaml.resource("v1", "Service", s.name(), s.effectiveNamespace());
        Map<String, String> annotations = new TreeMap<>(s.annotations());
        if (s.pool() != null) {
            annotations.put(prefix + "address-pool", s.pool());
        }
        if (s.sharingKey() != null) {
            annotations.put(prefix + "allow-shared-ip", s.sharingKey());
        }
        if (!s.loadBalancerIPs().isEmpty()) {
            annotations.put(prefix + "loadBalancerIPs", String.join(",", s.loadBalancerIPs()));
        }
        K8sYaml.map((ObjectNode) doc.get("metadata"), "annotations", annotations);
        ObjectNode spec = doc.putObject("spec");
        spec.put("type", "LoadBalancer");
        if (s.externalTrafficPolicy() != null) {
            spec.put("externalTrafficPolicy", s.externalTrafficPolicy() == Service.TrafficPolicy.LOCAL ? "Local" : "Cluster");
        }
        if (s.loadBalancerIP() != null) {
            spec.put("loadBalancerIP", s.loadBalancerIP());
        }
        K8sYaml.map(spec, "selector", s.selector());
        if (!s.ports().isEmpty()) {
            ArrayNode ports = spec.putArray("ports");
            for (Service.Port p : s.ports()) {
                ObjectNode o = ports.addObject();
                if (p.name() != null) {
                    o.put("name", p.name());
                }
                o.put("port", p.port());
                if (p.targetPort() != null) {
                    // IntOrString: a number is written as a number, a port name as text.
                    if (NUMBER.matcher(p.targetPort()).matches()) {
                        o.put("targetPort", Integer.parseInt(p.targetPort()));
                    } else {
                        o.put("targetPort", p.targetPort());
                    }
                }
                if (p.protocol() != null) {
                    o.put("protocol", p.protocol());
                }
                if (p.nodePort() != null) {
                    o.put("nodePort", p.nodePort());
                }
            }
        }
        return doc;
    }

    public static List<ObjectNode> services(Cluster c, Cluster.ConfigStyle style) {
        return c.services().stream().map(s -> service(s, style)).toList();
    }
}
