package io.peerplan.export.cilium;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.metallb.K8sYaml;
import io.peerplan.export.metallb.ServiceManifestGenerator;
import inet.ipaddr.IPAddress;
import io.peerplan.model.Cluster;
import io.peerplan.model.Service;
import io.peerplan.model.session.Ips;
import io.peerplan.model.validate.core.ClusterView;
import io.peerplan.model.validate.core.PoolView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Service manifests for Cilium's LB-IPAM (Cilium pkg/ipam/service/... {@code lbipam.cilium.io/ips} and
 * {@code lbipam.cilium.io/sharing-key} annotations): the MetalLB annotations are replaced by those, and
 * the {@value CiliumGenerator#POOL_LABEL} label names the pool whose CiliumLoadBalancerIPPool selects
 * the service (the one it names, or the one its IP lies in).
 */
public final class CiliumServices {
    public static final String IPS = "lbipam.cilium.io/ips";
    public static final String SHARING_KEY = "lbipam.cilium.io/sharing-key";

    private CiliumServices() {
    }

    static List<ObjectNode> services(Cluster c) {
        List<ObjectNode> out = new ArrayList<>();
        for (Service s : c.services()) {
            ObjectNode doc = ServiceManifestGenerator.service(s, Cluster.ConfigStyle.CRDS);
            ObjectNode meta = (ObjectNode) doc.get("metadata");
            Map<String, String> annotations = new TreeMap<>(s.annotations());
            if (!s.loadBalancerIPs().isEmpty()) {
                annotations.put(IPS, String.join(",", s.loadBalancerIPs()));
            }
            if (s.sharingKey() != null) {
                annotations.put(SHARING_KEY, s.sharingKey());
            }
            meta.remove("annotations");
            String pool = pool(c, s);
            if (pool != null) {
                meta.putObject("labels").put(CiliumGenerator.POOL_LABEL, pool);
            }
            K8sYaml.map(meta, "annotations", annotations);
            out.add(doc);
        }
        return out;
    }

    private static String pool(Cluster c, Service s) {
        if (s.pool() != null) {
            return s.pool();
        }
        ClusterView view = new ClusterView(c);
        for (String text : s.ips()) {
            // The pool MetalLB would take it from, parsed as MetalLB parses pools (PoolView); an unreadable IP is the validator's.
            IPAddress ip = Ips.parseAddress(text.trim());
            PoolView p = ip == null ? null : view.poolContaining(ip);
            if (p != null) {
                return p.name();
            }
        }
        return null;
    }
}
