package io.peerplan.model.sim;

import static io.peerplan.model.sim.PropagationTest.best;
import static io.peerplan.model.sim.PropagationTest.entry;
import static io.peerplan.model.sim.TestNet.n;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.ListenRange;
import io.peerplan.model.MetalLb;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Node;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Service;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What MetalLB speakers announce, to whom, with which attributes. */
class MetalLbTest {

    static Node node(String id, String address, String... labels) {
        TreeMap<String, String> l = new TreeMap<>();
        for (int i = 0; i + 1 < labels.length; i += 2) {
            l.put(labels[i], labels[i + 1]);
        }
        return new Node(id, id, Ip.parse(address), Node.Role.WORKER, l, null);
    }

    static Service service(String name, String ip, Service.TrafficPolicy policy, String... endpoints) {
        return new Service("default", name, "pool", List.of(ip), null, null, null, policy, null, null, List.of(endpoints), null);
    }

    static BgpAdvertisement adv(String name, Integer aggregation, Long localPref, List<String> communities, List<String> peers,
            List<LabelSelector> nodes) {
        return new BgpAdvertisement(name, List.of("pool"), null, aggregation, null, localPref, communities, peers, nodes);
    }

    static BgpPeer peer(String name, long myAsn, long peerAsn, String address) {
        return new BgpPeer(name, myAsn, peerAsn, null, null, address, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /**
     * A cluster of three nodes in 10.0.0.0/24 peering with gateway gw (10.0.0.254, AS 64500, listen
     * range) and, optionally, with router ext (AS 65000, explicit neighbor to node n1 only).
     */
    static TestNet net(List<Service> services, List<BgpAdvertisement> advs, Cluster.ConfigStyle style, Cluster.Backend backend,
            long clusterAsn, List<Community> communities) {
        TestNet t = new TestNet();
        TestNet.R gw = t.router("gw", 64500, "10.0.0.254").iface("10.0.0.254/24");
        gw.listenRanges.add(new ListenRange(IpPrefix.parse("10.0.0.0/24"), "nodes"));
        gw.peerGroups.add(new PeerGroup("nodes", NeighborConfig.remoteAs(clusterAsn == 64500 ? "internal" : "external")));
        t.router("ext", 65000, "10.0.1.1").iface("10.0.0.253/24");
        List<Node> nodes = List.of(node("n1", "10.0.0.1", "zone", "a"), node("n2", "10.0.0.2", "zone", "b"),
                node("n3", "10.0.0.3", "zone", "b"));
        MetalLb m = new MetalLb(List.of(new AddressPool("pool", List.of("198.51.100.0/24"), null, null,
                style == Cluster.ConfigStyle.LEGACY_CONFIGMAP ? "bgp" : null, null)),
                List.of(peer("to-gw", clusterAsn, 64500, "10.0.0.254"), peer("to-ext", clusterAsn, 65000, "10.0.0.253")),
                advs, null, communities);
        t.cluster(new Cluster("k8s", null, null, null, backend, style, null, nodes, m, services, null, null, null));
        t.peering(new Peering("k8s-gw", Peering.End.cluster("k8s", "to-gw"),
                new Peering.End("gw", null, true, NeighborConfig.EMPTY.withRemoteAs(null), null), null));
        t.peering(new Peering("k8s-ext", Peering.End.cluster("k8s", "to-ext"),
                Peering.End.router("ext", Ip.parse("10.0.0.1"), NeighborConfig.remoteAs(Long.toString(clusterAsn))), null));
        return t;
    }

    static SimulationResult run(List<Service> services, List<BgpAdvertisement> advs) {
        return net(services, advs, Cluster.ConfigStyle.CRDS, Cluster.Backend.FRR_K8S, 64500, List.of()).run();
    }

    @Test
    void clusterPolicyAnnouncesFromEveryEligibleSpeakerLocalOnlyFromEndpoints() {
        SimulationResult r = run(List.of(service("c", "198.51.100.10", Service.TrafficPolicy.CLUSTER, "n2"),
                service("l", "198.51.100.11", Service.TrafficPolicy.LOCAL, "n2")), List.of(adv("all", null, null, null, null, null)));
        assertThat(entry(r, "gw", "198.51.100.10/32").orElseThrow().candidates()).extracting(BgpPath::fromPeer)
                .containsExactlyInAnyOrder("n1", "n2", "n3");
        assertThat(entry(r, "gw", "198.51.100.11/32").orElseThrow().candidates()).extracting(BgpPath::fromPeer)
                .containsExactly("n2");
        // Each speaker's own table holds its announcement as a local route.
        BgpPath own = r.rib("n2").orElseThrow().entry("198.51.100.11/32").orElseThrow().best().orElseThrow();
        assertThat(own.peerType()).isEqualTo("local");
        assertThat(own.source()).isEqualTo("MetalLB service announcement");
    }

    @Test
    void aggregationLengthAnnouncesTheCoveringPrefix() {
        SimulationResult r = run(List.of(service("a", "198.51.100.10", Service.TrafficPolicy.CLUSTER, "n1"),
                service("b", "198.51.100.77", Service.TrafficPolicy.CLUSTER, "n1")), List.of(adv("agg", 24, null, null, null, null)));
        assertThat(r.rib("gw").orElseThrow().entries().keySet()).extracting(Object::toString).containsExactly("198.51.100.0/24");
    }

    /** localPref reaches iBGP peers only; communities (values and aliases) reach every peer. */
    @Test
    void localPrefOnlyToIbgpCommunitiesToAll() {
        TestNet t = net(List.of(service("a", "198.51.100.10", Service.TrafficPolicy.CLUSTER, "n1")),
                List.of(adv("lp", null, 250L, List.of("65535:100", "myalias"), null, null)), Cluster.ConfigStyle.CRDS,
                Cluster.Backend.FRR_K8S, 64500,
                List.of(new Community("names", List.of(new Community.Alias("myalias", "large:64500:1:2")))));
        SimulationResult r = t.run();
        BgpPath ibgp = best(r, "gw", "198.51.100.10/32");
        assertThat(ibgp.peerType()).isEqualTo("internal");
        assertThat(ibgp.localPref()).isEqualTo(250L);
        assertThat(ibgp.communities()).containsExactlyInAnyOrder("65535:100", "64500:1:2");
        BgpPath ebgp = best(r, "ext", "198.51.100.10/32");
        assertThat(ebgp.peerType()).isEqualTo("external");
        assertThat(ebgp.localPref()).isNull();
        assertThat(ebgp.asPath()).containsExactly(64500L);
        assertThat(ebgp.communities()).containsExactlyInAnyOrder("65535:100", "64500:1:2");
    }

    /** An explicit neighbor on the router end means a session with that node only (seeds 001, 002). */
    @Test
    void explicitNeighborAddressSelectsOneNode() {
        SimulationResult r = run(List.of(service("a", "198.51.100.10", Service.TrafficPolicy.CLUSTER, "n1")),
                List.of(adv("all", null, null, null, null, null)));
        assertThat(entry(r, "ext", "198.51.100.10/32").orElseThrow().candidates()).extracting(BgpPath::fromPeer).containsExactly("n1");
        assertThat(r.sessions()).extracting(SessionState::id).contains("k8s-ext/n1").doesNotContain("k8s-ext/n2");
    }

    @Test
    void advertisementPeersAndNodeSelectorsLimitTheAnnouncement() {
        LabelSelector zoneB = new LabelSelector(new TreeMap<>(Map.of("zone", "b")), null);
        SimulationResult r = run(List.of(service("a", "198.51.100.10", Service.TrafficPolicy.CLUSTER, "n1")),
                List.of(adv("gw-only", null, null, null, List.of("to-gw"), List.of(zoneB))));
        assertThat(entry(r, "gw", "198.51.100.10/32").orElseThrow().candidates()).extracting(BgpPath::fromPeer)
                .containsExactlyInAnyOrder("n2", "n3");
        assertThat(entry(r, "ext", "198.51.100.10/32")).isEmpty();
    }

    @Test
    void crdPoolWithoutAdvertisementIsNotAnnouncedLegacyPoolIs() {
        SimulationResult crd = run(List.of(service("a", "198.51.100.10", Service.TrafficPolicy.CLUSTER, "n1")), List.of());
        assertThat(entry(crd, "gw", "198.51.100.10/32")).isEmpty();
        assertThat(crd.notes()).anySatisfy(note -> assertThat(note.message()).contains("has no BGPAdvertisement"));
        SimulationResult legacy = net(List.of(service("a", "198.51.100.10", Service.TrafficPolicy.CLUSTER, "n1")), List.of(),
                Cluster.ConfigStyle.LEGACY_CONFIGMAP, Cluster.Backend.NATIVE, 64500, List.of()).run();
        assertThat(entry(legacy, "gw", "198.51.100.10/32")).isPresent();
    }

    /** MetalLB's native speaker always sends LOCAL_PREF to iBGP peers, 0 unless set, and no MED (native/messages.go). */
    @Test
    void nativeSpeakerSendsLocalPrefZeroAndNoMed() {
        SimulationResult r = net(List.of(service("a", "198.51.100.10", Service.TrafficPolicy.CLUSTER, "n1")),
                List.of(adv("all", null, null, null, null, null)), Cluster.ConfigStyle.CRDS, Cluster.Backend.NATIVE, 64500, List.of())
                .run();
        BgpPath p = best(r, "gw", "198.51.100.10/32");
        assertThat(p.localPref()).isEqualTo(0L);
        assertThat(p.med()).isNull();
        BgpPath frr = best(run(List.of(service("a", "198.51.100.10", Service.TrafficPolicy.CLUSTER, "n1")),
                List.of(adv("all", null, null, null, null, null))), "gw", "198.51.100.10/32");
        assertThat(frr.localPref()).isEqualTo(100L);
        assertThat(frr.med()).isEqualTo(0L);
    }

    /** Speakers accept nothing: the gateway's other routes never enter a node's table. */
    @Test
    void speakersAcceptNothing() {
        TestNet t = net(List.of(service("a", "198.51.100.10", Service.TrafficPolicy.CLUSTER, "n1")),
                List.of(adv("all", null, null, null, null, null)), Cluster.ConfigStyle.CRDS, Cluster.Backend.FRR_K8S, 64500, List.of());
        SimulationResult r = t.run();
        assertThat(r.rib("n2").orElseThrow().entries().keySet()).extracting(Object::toString).containsExactly("198.51.100.10/32");
        assertThat(r.rib("n2").orElseThrow().entry("198.51.100.10/32").orElseThrow().candidates()).hasSize(1);
    }

    /** A node carrying MetalLB's exclusion label runs no speaker. */
    @Test
    void excludedNodesRunNoSpeaker() {
        TestNet t = new TestNet();
        t.router("gw", 64500, "10.0.0.254").iface("10.0.0.254/24");
        List<Node> nodes = List.of(node("n1", "10.0.0.1"), node("m", "10.0.0.9", Node.EXCLUDE_LABEL, ""));
        MetalLb m = new MetalLb(List.of(new AddressPool("pool", List.of("198.51.100.0/24"), null, null, null, null)),
                List.of(peer("to-gw", 64500, 64500, "10.0.0.254")), List.of(adv("all", null, null, null, null, null)), null, null);
        t.cluster(new Cluster("k8s", null, null, null, null, null, null, nodes, m,
                List.of(service("a", "198.51.100.10", Service.TrafficPolicy.CLUSTER, "n1")), null, null, null));
        t.peering(new Peering("p1", Peering.End.cluster("k8s", "to-gw"), Peering.End.router("gw", Ip.parse("10.0.0.1"), n().remoteAs("internal").build()), null));
        t.peering(new Peering("p2", Peering.End.cluster("k8s", "to-gw"), Peering.End.router("gw", Ip.parse("10.0.0.9"), n().remoteAs("internal").build()), null));
        SimulationResult r = t.run();
        assertThat(r.ribs()).containsKey("n1").doesNotContainKey("m");
        assertThat(r.notes()).anySatisfy(note -> assertThat(note.message()).contains("gw has neighbor 10.0.0.9 but node m runs no MetalLB speaker"));
    }
}
