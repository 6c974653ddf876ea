package io.peerplan.model.generate;

import io.peerplan.model.Action;
import io.peerplan.model.AddressPool;
import io.peerplan.model.Asn;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpOptions;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.DefaultsProfile;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Layout;
import io.peerplan.model.ListenRange;
import io.peerplan.model.MetalLb;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Platform;
import io.peerplan.model.PrefixList;
import io.peerplan.model.Region;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generates large, valid, seed-000-shaped topologies for benchmarks and stress tests: many regions,
 * each with FRR gateways peering with MetalLB speakers over iBGP (listen range + BFD) and with
 * providers over eBGP, plus one Internet vantage behind every provider. Anycast services are
 * requested in two regions, as seed 000 does. The same spec and seed always give the same topology.
 *
 * <p>As in seed 000, each gateway accepts everything from its provider but announces to it only
 * what its own region serves (prefix-list {@code own-services}), so no gateway is transit between
 * providers and a failure changes only the prefixes that actually went through the failed element.
 *
 * <p>Addressing (all private, documentation or benchmark ranges, never leaving a lab):
 * region r's node network 10.r.0.0/16 (speakers from 10.r.0.1, gateways at 10.r.255.(254-g));
 * region pools 100.65.r.0/24 and the shared anycast pool 100.66.0.0/22; gateway↔provider link k
 * 198.18.(k / 64).(4·(k % 64))/30; provider p↔vantage 198.19.p.0/30.
 *
 * <p>{@code services} counts distinct service IPs. Every fifth is an anycast IP, requested by a
 * service in its own region and by a twin service in the next region, so the topology holds
 * {@code services + services/5} Service objects.
 */
public final class ScaleTopology {

    /** Sizes; {@link #DEFAULT} is the scale topology the issues' benchmarks use. */
    public record Spec(int regions, int speakers, int gateways, int providers, int services) {
        public static final Spec DEFAULT = new Spec(50, 2000, 100, 10, 5000);

        public Spec {
            if (regions < 1 || regions > 250) {
                throw new IllegalArgumentException("regions must be 1..250");
            }
            if (providers < 1 || providers > 250) {
                throw new IllegalArgumentException("providers must be 1..250");
            }
            if (gateways < regions || gateways > regions * 200) {
                throw new IllegalArgumentException("gateways must be at least one per region (and at most 200 per region)");
            }
            if (speakers < regions || speakers / regions > 60000) {
                throw new IllegalArgumentException("speakers must be at least one per region");
            }
            if (services < 0 || services / regions > 250) {
                throw new IllegalArgumentException("services must be 0..250 per region");
            }
            if (gateways > 64 * 256) {
                throw new IllegalArgumentException("too many gateways for the link-net plan");
            }
        }
    }

    static final long VANTAGE_ASN = 64496;
    static final long PROVIDER_ASN_BASE = 65100;
    static final long REGION_ASN_BASE = 4_200_000_000L;

    private ScaleTopology() {
    }

    public static Topology generate(Spec spec, long seed) {
        return new Builder(spec, new Random(seed)).build();
    }

    private static final class Builder {
        private final Spec spec;
        private final Random random;
        private final List<Region> regions = new ArrayList<>();
        private final List<Network> networks = new ArrayList<>();
        private final List<Router> routers = new ArrayList<>();
        private final List<Cluster> clusters = new ArrayList<>();
        private final List<Peering> peerings = new ArrayList<>();
        private final Map<String, Layout.Point> positions = new TreeMap<>();
        private final Map<String, Layout.Bounds> bounds = new TreeMap<>();
        private final Map<Integer, List<Interface>> providerInterfaces = new LinkedHashMap<>();
        private int linkCount;

        Builder(Spec spec, Random random) {
            this.spec = spec;
            this.random = random;
        }

        Topology build() {
            for (int p = 0; p < spec.providers(); p++) {
                providerInterfaces.put(p, new ArrayList<>(List.of(new Interface("eth0", IpPrefix.parse("198.19." + p + ".1/30"),
                        "internet-" + p))));
                networks.add(new Network("internet-" + p, null, null, IpPrefix.parse("198.19." + p + ".0/30"), Network.Kind.OTHER, null));
            }
            for (int r = 0; r < spec.regions(); r++) {
                region(r);
            }
            providersAndVantage();
            return new Topology(Topology.SCHEMA_VERSION, "scale-" + spec.regions() + "r-" + spec.speakers() + "s",
                    "Generated scale topology " + spec, regions, networks, routers, List.of(vantage()), clusters, peerings,
                    Layout.of(positions, bounds));
        }

        private void region(int r) {
            String rid = "r" + r;
            regions.add(new Region(rid, "Region " + r, null, null, null, null));
            double x0 = (r % 10) * 700.0;
            double y0 = 400 + (r / 10) * 700.0;
            bounds.put(rid, new Layout.Bounds(x0, y0, 660, 660));
            String net = rid + "-nodes";
            networks.add(new Network(net, null, rid, IpPrefix.parse("10." + r + ".0.0/16"), Network.Kind.LAN, null));
            long asn = REGION_ASN_BASE + r;
            int gatewaysHere = share(spec.gateways(), r);
            int speakersHere = share(spec.speakers(), r);
            PrefixList ownPools = ownServicePrefixes(r);
            List<String> gatewayIds = new ArrayList<>();
            for (int g = 0; g < gatewaysHere; g++) {
                gatewayIds.add(gateway(r, g, asn, net, x0, y0, ownPools));
            }
            if (gatewayIds.size() >= 2) {
                ibgpBetweenGateways(r, gatewayIds);
            }
            cluster(r, asn, net, speakersHere, gatewaysHere, x0, y0);
        }

        /** An even split of {@code total} over the regions, the first regions taking the remainder. */
        private int share(int total, int r) {
            return total / spec.regions() + (r < total % spec.regions() ? 1 : 0);
        }

        /**
         * The gateways' outbound prefix-list towards their provider: only what the region itself
         * serves, as seed 000's {@code my_anycast_subnet} (permit the own pool le 32, deny any).
         * The anycast pool is shared by every region, so its entries are the exact /32s this
         * region's cluster announces (its own anycast services and its twins of the previous
         * region's); permitting the whole pool would make each gateway transit for the other
         * regions' anycast IPs it hears from its provider.
         */
        private PrefixList ownServicePrefixes(int r) {
            List<PrefixList.Entry> entries = new ArrayList<>();
            entries.add(new PrefixList.Entry(10, Action.PERMIT, IpPrefix.parse("100.65." + r + ".0/24"), null, 32));
            java.util.TreeSet<Integer> anycast = new java.util.TreeSet<>();
            for (int i = r; i < spec.services(); i += spec.regions()) {
                if (i % 5 == 0) {
                    anycast.add((i / 5) % 1024);
                }
            }
            if (spec.regions() > 1) {
                int previous = (r - 1 + spec.regions()) % spec.regions();
                for (int i = previous; i < spec.services(); i += spec.regions()) {
                    if (i % 5 == 0) {
                        anycast.add((i / 5) % 1024);
                    }
                }
            }
            int seq = 20;
            for (int k : anycast) {
                entries.add(new PrefixList.Entry(seq, Action.PERMIT, IpPrefix.parse(anycastIp(k) + "/32"), null, null));
                seq += 10;
            }
            entries.add(new PrefixList.Entry(seq, Action.DENY, IpPrefix.ANY, null, null));
            return new PrefixList("own-services", entries);
        }

        private static String anycastIp(int k) {
            return "100.66." + (k / 256) + "." + (k % 256);
        }

        private String gateway(int r, int g, long asn, String net, double x0, double y0, PrefixList ownPools) {
            String id = "r" + r + "-gw" + g;
            int k = linkCount++;
            String link = "link-" + k;
            String linkBase = "198.18." + (k / 64) + "." + (4 * (k % 64));
            networks.add(new Network(link, null, "r" + r, IpPrefix.parse(linkBase + "/30"), Network.Kind.LINK, null));
            Ip gwLink = Ip.parse("198.18." + (k / 64) + "." + (4 * (k % 64) + 2));
            Ip provLink = Ip.parse("198.18." + (k / 64) + "." + (4 * (k % 64) + 1));
            Ip lan = Ip.parse("10." + r + ".255." + (254 - g));
            int prepend = random.nextInt(3);
            List<Long> prepends = new ArrayList<>();
            for (int i = 0; i < prepend; i++) {
                prepends.add(asn);
            }
            RouteMap out = new RouteMap("to-provider", List.of(new RouteMap.Entry(10, Action.PERMIT, null, null,
                    new RouteMap.Set(prepends, null, null, null, false, null, null))));
            List<PrefixList> lists = List.of(
                    new PrefixList("from-provider", List.of(new PrefixList.Entry(10, Action.PERMIT, IpPrefix.ANY, null, null))),
                    ownPools);
            BgpOptions bgp = new BgpOptions(DefaultsProfile.TRADITIONAL, null, null, null, null, false, null, false, 1, null,
                    List.of(new ListenRange(IpPrefix.parse("10." + r + ".0.0/16"), "speakers")), null, null, null, false, false, false, false, false, false);
            PeerGroup speakers = new PeerGroup("speakers", new NeighborConfig("internal", null, null, null, null, "eth1", null,
                    true, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
            routers.add(new Router(id, null, "r" + r, RouterRole.GATEWAY, Platform.FRR, Asn.of(asn), gwLink,
                    List.of(new Interface("eth0", IpPrefix.parse(gwLink + "/30"), link),
                            new Interface("eth1", IpPrefix.parse(lan + "/16"), net)),
                    null, null, null, lists, null, List.of(out), bgp, List.of(speakers), null, null, null, null, null));
            positions.put(id, new Layout.Point(x0 + 120 + 260 * g, y0 + 80));
            int provider = (r + g) % spec.providers();
            providerInterfaces.get(provider).add(new Interface("eth" + providerInterfaces.get(provider).size(),
                    IpPrefix.parse(provLink + "/30"), link));
            NeighborConfig gwSide = new NeighborConfig(Long.toString(PROVIDER_ASN_BASE + provider), null, null, null, null, null,
                    null, null, null, null, null, null, "from-provider", "own-services", null, "to-provider", null, null, null,
                    null, null, null, null);
            NeighborConfig provSide = NeighborConfig.remoteAs(Long.toString(asn));
            peerings.add(new Peering(id + "-up", Peering.End.router(id, provLink, gwSide),
                    Peering.End.router("p" + provider, gwLink, new NeighborConfig(provSide.remoteAs(), null, null, null, null,
                            null, null, null, null, null, null, null, null, null, null, null, null, null, null, true, null, null,
                            null)), null));
            return id;
        }

        private void ibgpBetweenGateways(int r, List<String> gatewayIds) {
            for (int i = 0; i + 1 < gatewayIds.size(); i++) {
                Ip a = Ip.parse("10." + r + ".255." + (254 - i));
                Ip b = Ip.parse("10." + r + ".255." + (254 - i - 1));
                NeighborConfig cfg = new NeighborConfig("internal", null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, true, null, null, null, null);
                peerings.add(new Peering("r" + r + "-ibgp" + i, Peering.End.router(gatewayIds.get(i), b, cfg),
                        Peering.End.router(gatewayIds.get(i + 1), a, cfg), null));
            }
        }

        private void cluster(int r, long asn, String net, int speakersHere, int gatewaysHere, double x0, double y0) {
            String cid = "r" + r + "-k8s";
            List<Node> nodes = new ArrayList<>(speakersHere);
            for (int n = 0; n < speakersHere; n++) {
                String nid = "r" + r + "-n" + n;
                nodes.add(new Node(nid, nid, Ip.parse("10." + r + "." + ((n + 1) / 256) + "." + ((n + 1) % 256)),
                        n == 0 ? Node.Role.MASTER : Node.Role.WORKER, null, net));
                positions.put(nid, new Layout.Point(x0 + 20 + (n % 10) * 64, y0 + 300 + (n / 10) * 40));
            }
            List<BgpPeer> peers = new ArrayList<>();
            for (int g = 0; g < gatewaysHere; g++) {
                String gw = "r" + r + "-gw" + g;
                peers.add(new BgpPeer(gw, asn, asn, null, null, "10." + r + ".255." + (254 - g), null, null, null, null, null, null,
                        null, null, null, "fast", null, null, null, null, null));
                peerings.add(new Peering(cid + "-" + gw, Peering.End.cluster(cid, gw),
                        new Peering.End(gw, null, true, new NeighborConfig(null, null, "speakers", null, null, null, null, null, null,
                                null, null, null, null, null, null, null, null, null, null, null, null, null, null), null), null));
            }
            List<AddressPool> pools = List.of(
                    new AddressPool("local", List.of("100.65." + r + ".0/24"), null, null, null, null),
                    new AddressPool("anycast", List.of("100.66.0.0/22"), false, null, null, null));
            MetalLb metallb = new MetalLb(pools, peers,
                    List.of(new BgpAdvertisement("all", null, null, null, null, null, null, null, null)),
                    List.of(new MetalLbBfdProfile("fast", 300, 300, 3, null, null, null, null)), null);
            clusters.add(new Cluster(cid, null, "r" + r, Cluster.Backend.FRR_K8S, Cluster.ConfigStyle.CRDS, null, nodes, metallb,
                    services(r, nodes), null, null, null));
            positions.put(cid, new Layout.Point(x0 + 300, y0 + 220));
        }

        private List<Service> services(int r, List<Node> nodes) {
            List<Service> out = new ArrayList<>();
            for (int i = r; i < spec.services(); i += spec.regions()) {
                boolean anycast = i % 5 == 0;
                String ip;
                String pool;
                if (anycast) {
                    ip = anycastIp((i / 5) % 1024);
                    pool = "anycast";
                } else {
                    ip = "100.65." + r + "." + (1 + (i / spec.regions()) % 254);
                    pool = "local";
                }
                boolean local = i % 10 == 3;
                List<String> endpoints = new ArrayList<>();
                endpoints.add(nodes.get(random.nextInt(nodes.size())).name());
                if (nodes.size() > 1) {
                    String second = nodes.get(random.nextInt(nodes.size())).name();
                    if (!endpoints.contains(second)) {
                        endpoints.add(second);
                    }
                }
                out.add(new Service("default", "svc-" + i, pool, List.of(ip), null, null, null,
                        local ? Service.TrafficPolicy.LOCAL : Service.TrafficPolicy.CLUSTER,
                        List.of(new Service.Port("http", 80, "8080", "TCP", null)), null, endpoints, null));
                if (anycast && spec.regions() > 1) {
                    // Seed 000's anycast: the same IP requested in a second region.
                    anycastTwins.add(new int[] {(r + 1) % spec.regions(), i});
                }
            }
            return out;
        }

        private final List<int[]> anycastTwins = new ArrayList<>();

        private void providersAndVantage() {
            addAnycastTwins();
            for (int p = 0; p < spec.providers(); p++) {
                String pid = "p" + p;
                routers.add(new Router(pid, "Provider " + p, null, RouterRole.PROVIDER, Platform.EXTERNAL,
                        Asn.of(PROVIDER_ASN_BASE + p), Ip.parse("198.19." + p + ".1"), providerInterfaces.get(p), null, null, null,
                        null, null, null, new BgpOptions(null, false, null, null, null, false, null, false, null, null, null, null,
                                null, null, false, false, false, false, false, false),
                        null, null, null, null, null, null));
                positions.put(pid, new Layout.Point(200 + p * 700.0, 200));
                peerings.add(new Peering(pid + "-internet",
                        Peering.End.router(pid, Ip.parse("198.19." + p + ".2"), NeighborConfig.remoteAs(Long.toString(VANTAGE_ASN))),
                        Peering.End.router("internet", Ip.parse("198.19." + p + ".1"),
                                NeighborConfig.remoteAs(Long.toString(PROVIDER_ASN_BASE + p))), null));
            }
            positions.put("internet", new Layout.Point(3500, 40));
        }

        /** Adds each anycast service's twin to the second region's cluster. */
        private void addAnycastTwins() {
            for (int[] twin : anycastTwins) {
                int region = twin[0];
                int i = twin[1];
                Cluster c = clusters.get(region);
                Service original = clusters.get((region - 1 + spec.regions()) % spec.regions()).services().stream()
                        .filter(s -> s.name().equals("svc-" + i)).findFirst().orElseThrow();
                List<Service> services = new ArrayList<>(c.services());
                Node endpoint = c.nodes().get(random.nextInt(c.nodes().size()));
                services.add(new Service(original.namespace(), original.name(), original.pool(), original.loadBalancerIPs(), null,
                        null, null, original.externalTrafficPolicy(), original.ports(), null, List.of(endpoint.name()), null));
                clusters.set(region, new Cluster(c.id(), c.name(), c.region(), c.backend(), c.configStyle(), c.namespace(),
                        c.nodes(), c.metallb(), services, c.management(), c.kubeContext(), c.description()));
            }
        }

        private Vantage vantage() {
            List<Interface> ifs = new ArrayList<>();
            for (int p = 0; p < spec.providers(); p++) {
                ifs.add(new Interface("eth" + p, IpPrefix.parse("198.19." + p + ".2/30"), "internet-" + p));
            }
            return new Vantage("internet", "Internet clients", null, Asn.of(VANTAGE_ASN), Ip.parse("198.19.0.2"), ifs, null);
        }
    }
}
