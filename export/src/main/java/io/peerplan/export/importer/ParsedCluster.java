package io.peerplan.export.importer;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.KubeSecret;
import io.peerplan.model.L2Advertisement;
import io.peerplan.model.MetalLb;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.Node;
import io.peerplan.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A cluster being read from MetalLB YAML files (one cluster per bundle directory or file). */
final class ParsedCluster {
    final String key;
    String id;
    String name;
    /** The speaker the files name (header) or whose objects they hold; null: MetalLB. */
    io.peerplan.model.Speaker speaker;
    Cluster.Backend backend;
    Cluster.ConfigStyle style;
    String namespace;
    String kubeContext;
    boolean nodesFromHeader;
    final List<Node> nodes = new ArrayList<>();
    final Map<String, IpPrefix> nodeNetworks = new LinkedHashMap<>();
    final List<AddressPool> pools = new ArrayList<>();
    final List<L2Advertisement> l2Advertisements = new ArrayList<>();
    final List<KubeSecret> secrets = new ArrayList<>();
    final List<BgpPeer> peers = new ArrayList<>();
    final List<BgpAdvertisement> advertisements = new ArrayList<>();
    final List<MetalLbBfdProfile> bfdProfiles = new ArrayList<>();
    final List<Community> communities = new ArrayList<>();
    final List<Service> services = new ArrayList<>();
    /** frr-k8s FRRConfigurations read, turned into the MetalLB-shaped objects once every file is read ({@link FrrK8sDesign}). */
    final List<FrrK8sReader.Configuration> frrConfigurations = new ArrayList<>();
    /** Cilium v2 objects read, turned into the MetalLB-shaped objects once every file is read ({@link CiliumDesign}). */
    final CiliumReader.Objects cilium = new CiliumReader.Objects();
    /** namespace/name → the {@code peerplan.io/pool} label of a Service (the label a CiliumLoadBalancerIPPool selects). */
    final Map<String, String> servicePoolLabels = new LinkedHashMap<>();
    /** Each imported document: {@code Kind name}, file and line (made {@link ImportSource}s once the id is known). */
    final List<ImportSource> documents = new ArrayList<>();
    /** namespace/name → endpoint node names and assigned IPs, from the services header. */
    final Map<String, List<List<String>>> placements = new LinkedHashMap<>();

    ParsedCluster(String key) {
        this.key = key;
    }

    /** True when the files held nothing of this cluster: no speaker object, node or service. */
    boolean isEmpty() {
        return pools.isEmpty() && peers.isEmpty() && advertisements.isEmpty() && bfdProfiles.isEmpty() && communities.isEmpty()
                && l2Advertisements.isEmpty() && secrets.isEmpty() && services.isEmpty() && nodes.isEmpty()
                && frrConfigurations.isEmpty() && cilium.isEmpty();
    }

    String id() {
        return id != null ? id : key;
    }

    /** Where the cluster's documents came from: the cluster itself at its first document, then each object. */
    List<ImportSource> sources() {
        List<ImportSource> out = new ArrayList<>();
        if (!documents.isEmpty()) {
            out.add(new ImportSource(id(), null, documents.getFirst().file(), documents.getFirst().line()));
        }
        documents.forEach(d -> out.add(new ImportSource(id(), d.object(), d.file(), d.line())));
        return out;
    }

    Cluster build() {
        return new Cluster(id(), name, null, speaker, backend, style, namespace, nodes,
                new MetalLb(pools, peers, advertisements, bfdProfiles, communities, l2Advertisements, secrets), placedServices(), null, kubeContext,
                null);
    }

    /** The services with the endpoints and assigned IPs the services header gives them. */
    List<Service> placedServices() {
        return services.stream().map(this::place).toList();
    }

    private Service place(Service s) {
        List<List<String>> p = placements.get(s.effectiveNamespace() + "/" + s.name());
        if (p == null) {
            return s;
        }
        List<String> endpoints = p.get(0).stream().filter(n -> nodes.stream().anyMatch(x -> x.name().equals(n))).toList();
        return new Service(s.namespace(), s.name(), s.pool(), s.loadBalancerIPs(), s.loadBalancerIP(), p.get(1), s.sharingKey(),
                s.externalTrafficPolicy(), s.ports(), s.selector(), endpoints, s.annotations());
    }
}
