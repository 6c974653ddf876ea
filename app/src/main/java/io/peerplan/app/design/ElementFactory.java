package io.peerplan.app.design;

import io.peerplan.model.AddressPool;
import io.peerplan.model.Asn;
import io.peerplan.model.Cluster;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Platform;
import io.peerplan.model.Region;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.List;

/**
 * New elements with the defaults a network engineer would pick: private ASNs (RFC 6996) for
 * gateways, documentation ASNs (RFC 5398) for providers and the vantage, RFC 1918 addresses that
 * collide with nothing in the design. Every value is editable in the inspector afterwards.
 */
public final class ElementFactory {
    /** RFC 6996 private-use: the usual choice for a company's gateways and speakers. */
    public static final long GATEWAY_ASN = 64512;
    /** RFC 5398 documentation ASNs: stand-ins for a provider's and the Internet's real ones. */
    public static final long PROVIDER_ASN = 64500;
    public static final long VANTAGE_ASN = 64496;

    private final Topology topology;
    private final IdAllocator ids;

    public ElementFactory(Topology topology) {
        this.topology = topology;
        this.ids = IdAllocator.ids(topology);
    }

    public Region region() {
        String id = ids.next("region");
        return new Region(id, "Region " + id.substring("region-".length()), null, null, null, null);
    }

    public Router router(PaletteItem item, String region) {
        return switch (item) {
            case FRR_GATEWAY -> router("gateway", region, RouterRole.GATEWAY, Platform.FRR, GATEWAY_ASN);
            case QUAGGA_GATEWAY -> router("gateway", region, RouterRole.GATEWAY, Platform.QUAGGA, GATEWAY_ASN);
            case ROUTEROS_GATEWAY -> router("gateway", region, RouterRole.GATEWAY, Platform.ROUTEROS_V7, GATEWAY_ASN);
            case PROVIDER_ROUTER -> router("provider", region, RouterRole.PROVIDER, Platform.EXTERNAL, PROVIDER_ASN);
            default -> throw new IllegalArgumentException(item + " is not a router");
        };
    }

    private Router router(String base, String region, RouterRole role, Platform platform, long asn) {
        String id = ids.next(base);
        return new Router(id, id, region, role, platform, Asn.of(asn), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    public Vantage vantage(String region) {
        String id = ids.unique("internet");
        return new Vantage(id, "Internet clients", region, Asn.of(VANTAGE_ASN), null, null, null);
    }

    public Cluster cluster(String region) {
        String id = ids.next("cluster");
        return new Cluster(id, id, region, null, null, null, null, null, null, null, null, null, null);
    }

    public Network network(String region) {
        String id = ids.next("network");
        return new Network(id, "Network " + id.substring("network-".length()), region,
                new AddressAllocator(topology).networkCidr(), Network.Kind.LAN, null);
    }

    /**
     * A worker node at the next free address of the cluster's network: its nodes' network, else
     * the LAN in the cluster's region, else the design's first LAN. A node outside every network
     * could not be reached by a gateway's listen range or neighbor (the issue-13 defect: nodes got
     * 10.0.0.x next to a network of 10.0.1.0/24).
     */
    public Node node(Cluster cluster) {
        String id = ids.next("node");
        String name = IdAllocator.nodeNames(cluster).unique(id);
        String network = cluster.nodes().stream().map(Node::network).filter(n -> n != null).findFirst()
                .orElseGet(() -> lanFor(cluster));
        return new Node(id, name, new AddressAllocator(topology).nodeAddress(cluster, network), Node.Role.WORKER, null,
                network);
    }

    private String lanFor(Cluster cluster) {
        List<Network> lans = topology.networks().stream().filter(n -> n.cidr() != null && n.kind() != Network.Kind.LINK)
                .toList();
        return lans.stream().filter(n -> java.util.Objects.equals(n.region(), cluster.region())).findFirst()
                .or(() -> lans.stream().findFirst()).map(Network::id).orElse(null);
    }

    public AddressPool pool(Cluster cluster) {
        String name = new IdAllocator(cluster.metallb().pools().stream().map(AddressPool::name).toList()).next("pool");
        // The legacy ConfigMap says per pool how it is announced (address-pools[].protocol: bgp or layer2) and
        // the validator counts a pool without one as unannounced; Peerplan designs BGP, so a pool starts as bgp.
        String protocol = cluster.configStyle() == Cluster.ConfigStyle.LEGACY_CONFIGMAP ? "bgp" : null;
        return new AddressPool(name, List.of(new AddressAllocator(topology).poolCidr().toString()), null, null, protocol,
                null);
    }

    /** A LoadBalancer service on port 80, taking its IP from the cluster's first pool. */
    public Service service(Cluster cluster) {
        String name = new IdAllocator(cluster.services().stream().map(Service::name).toList()).next("service");
        String pool = cluster.metallb().pools().isEmpty() ? null : cluster.metallb().pools().getFirst().name();
        return new Service("default", name, pool, null, null, null, null, null,
                List.of(new Service.Port("http", 80, "8080", "TCP", null)), null, null, null);
    }
}
