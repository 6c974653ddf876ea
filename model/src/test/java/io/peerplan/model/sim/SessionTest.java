package io.peerplan.model.sim;

import static io.peerplan.model.sim.TestNet.n;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.Cluster;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.ListenRange;
import io.peerplan.model.MetalLb;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Node;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session comes up only when both ends agree; otherwise it is down with the reason a user can act on. */
class SessionTest {

    static SessionState session(SimulationResult r, String id) {
        return r.sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void mismatchedRemoteAsKeepsTheSessionDown() {
        TestNet t = new TestNet();
        t.router("a", 65001, "10.0.0.1").announce("203.0.113.0/24");
        t.router("b", 65002, "10.0.0.2");
        t.link("ab", "a", "198.18.0.1/30", n(), "b", "198.18.0.2/30", n().remoteAs("65009"));
        SimulationResult r = t.run();
        SessionState s = session(r, "ab");
        assertThat(s.up()).isFalse();
        assertThat(s.downReason()).isEqualTo("b expects AS 65009 but a sends AS 65001");
        assertThat(r.rib("b").orElseThrow().entries()).isEmpty();
    }

    @Test
    void neighborAddressMustBeThePeers() {
        TestNet t = new TestNet();
        t.router("a", 65001, "10.0.0.1").iface("198.18.0.1/30");
        t.router("b", 65002, "10.0.0.2").iface("198.18.0.2/30");
        t.peer("ab", "a", "198.18.0.1", n().remoteAs("65002"), "b", "198.18.0.3", n().remoteAs("65001"));
        // No session pairs (validate's BGP-SESSION-NO-MATCH): nothing to simulate, and a note says why.
        SimulationResult r = t.run();
        assertThat(r.sessions()).isEmpty();
        assertThat(r.notes()).anySatisfy(note -> assertThat(note.message())
                .isEqualTo("a's neighbor 198.18.0.3 is not an address of b (nobody in the topology holds it)"));
    }

    /** metallb#1980: eBGP across subnets needs ebgp-multihop. */
    @Test
    void ebgpAcrossSubnetsNeedsMultihop() {
        for (boolean multihop : new boolean[] {false, true}) {
            TestNet t = new TestNet();
            t.router("a", 65001, "10.0.0.1").iface("198.18.0.1/30");
            t.router("b", 65002, "10.0.0.2").iface("198.18.1.1/30");
            t.peer("ab", "a", "198.18.0.1", multihop ? n().remoteAs("65002").multihop() : n().remoteAs("65002"), "b", "198.18.1.1",
                    multihop ? n().remoteAs("65001").multihop() : n().remoteAs("65001"));
            SessionState s = session(t.run(), "ab");
            assertThat(s.up()).isEqualTo(multihop);
            if (!multihop) {
                assertThat(s.downReason()).contains("only across a router, but its eBGP session is single-hop (no ebgp-multihop)");
            }
        }
    }

    @Test
    void shutdownNeighborIsDown() {
        TestNet t = new TestNet();
        t.router("a", 65001, "10.0.0.1");
        t.router("b", 65002, "10.0.0.2");
        t.link("ab", "a", "198.18.0.1/30", n().shutdown(), "b", "198.18.0.2/30", n());
        assertThat(session(t.run(), "ab").downReason()).isEqualTo("a has the neighbor shut down");
    }

    /**
     * TCP-MD5 on one side only keeps the session down in simulate exactly as validate reports it
     * (BGP-SESSION-PASSWORD-MISMATCH): both read the one session model. Before, validate reported the
     * mismatch while simulate brought the session up and routed traffic through it.
     */
    @Test
    void passwordOnOneSideOnlyKeepsTheSessionDown() {
        for (boolean both : new boolean[] {false, true}) {
            TestNet t = new TestNet();
            t.router("a", 65001, "10.0.0.1").announce("203.0.113.0/24");
            t.router("b", 65002, "10.0.0.2");
            t.link("ab", "a", "198.18.0.1/30", n().password("md5-ab"), "b", "198.18.0.2/30", both ? n().password("md5-ab") : n());
            SimulationResult r = t.run();
            SessionState s = session(r, "ab");
            assertThat(s.up()).isEqualTo(both);
            assertThat(r.rib("b").orElseThrow().entries().isEmpty()).as("routes over the session").isEqualTo(!both);
            List<Finding> findings = Validator.validate(t.build());
            assertThat(findings).filteredOn(f -> f.ruleId().equals("BGP-SESSION-PASSWORD-MISMATCH")).hasSize(both ? 0 : 1);
            if (!both) {
                assertThat(s.downReason()).isEqualTo("a uses a TCP-MD5 password but b does not");
            }
        }
    }

    /** A listen range accepts only dialers inside it, up to `bgp listen limit` (lowest addresses first). */
    @Test
    void listenRangeAndLimit() {
        TestNet t = new TestNet();
        TestNet.R gw = t.router("gw", 64500, "10.0.0.254").iface("10.0.0.254/24");
        gw.listenRanges.add(new ListenRange(IpPrefix.parse("10.0.0.0/25"), "nodes"));
        gw.peerGroups.add(new PeerGroup("nodes", NeighborConfig.remoteAs("internal")));
        gw.listenLimit = 2;
        List<Node> nodes = new ArrayList<>();
        for (String a : new String[] {"10.0.0.3", "10.0.0.1", "10.0.0.2", "10.0.0.200"}) {
            nodes.add(MetalLbTest.node("n" + a.substring(a.lastIndexOf('.') + 1), a));
        }
        MetalLb m = new MetalLb(List.of(new AddressPool("pool", List.of("198.51.100.0/24"), null, null, null, null)),
                List.of(MetalLbTest.peer("to-gw", 64500, 64500, "10.0.0.254")),
                List.of(new BgpAdvertisement("all", null, null, null, null, null, null, null, null)), null, null);
        t.cluster(new Cluster("k8s", null, null, null, null, null, null, nodes, m, List.of(), null, null, null));
        t.peering(new Peering("k8s-gw", Peering.End.cluster("k8s", "to-gw"), new Peering.End("gw", null, true, null, null), null));
        SimulationResult r = t.run();
        assertThat(r.sessions()).extracting(SessionState::id).containsExactly("k8s-gw/n3", "k8s-gw/n1", "k8s-gw/n2");
        assertThat(session(r, "k8s-gw/n1").up()).isTrue();
        assertThat(session(r, "k8s-gw/n2").up()).isTrue();
        assertThat(session(r, "k8s-gw/n3").downReason()).isEqualTo("bgp listen limit 2 of gw reached");
        assertThat(r.notes()).noneSatisfy(note -> assertThat(note.elementId()).isEqualTo("k8s-gw/n200"));
        // When n1 fails, the limit has room for n3.
        SimulationResult failed = Simulator.run(t.build(), Scenario.failing("n1"));
        assertThat(session(failed, "k8s-gw/n3").up()).isTrue();
    }

    @Test
    void bgpPeerAsnMustMatchTheRouter() {
        TestNet t = new TestNet();
        t.router("gw", 64500, "10.0.0.254").iface("10.0.0.254/24");
        MetalLb m = new MetalLb(List.of(), List.of(MetalLbTest.peer("to-gw", 64501, 64999, "10.0.0.254")), List.of(), null, null);
        t.cluster(new Cluster("k8s", null, null, null, null, null, null, List.of(MetalLbTest.node("n1", "10.0.0.1")), m, List.of(), null,
                null, null));
        t.peering(new Peering("p", Peering.End.cluster("k8s", "to-gw"),
                Peering.End.router("gw", io.peerplan.model.Ip.parse("10.0.0.1"), NeighborConfig.remoteAs("64501")), null));
        assertThat(session(t.run(), "p/n1").downReason())
                .isEqualTo("the speaker on n1 (cluster k8s) expects AS 64999 but gw sends AS 64500");
    }
}
