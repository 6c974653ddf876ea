package io.peerplan.model.sim;

import static io.peerplan.model.sim.PropagationTest.best;
import static io.peerplan.model.sim.PropagationTest.entry;
import static io.peerplan.model.sim.TestNet.n;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Ip;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FRR 8.4.4 behaviour measured in the lab (three batches of facts, cited elsewhere as "FrrFactsTest batch N"), one test per
 * fact, on topologies shaped like the lab's: observer x (AS 65010, rid 10.0.0.4), eBGP peers
 * a (AS 65001, rid 10.0.0.9), b (AS 65002, rid 10.0.0.2), c (AS 65001, rid 10.0.0.3), iBGP peers
 * d (rid 10.0.0.5) and e (rid 10.0.0.6), each prefix a blackhole static plus `network`.
 */
class FrrFactsTest {
    static final String P = "198.18.8.0/24";

    /** x in the middle of a /24 shared with every peer. */
    static TestNet lab() {
        TestNet t = new TestNet();
        t.router("x", 65010, "10.0.0.4").iface("198.51.100.4/24");
        return t;
    }

    static TestNet.R peer(TestNet t, String id, long asn, String rid, String address) {
        TestNet.R r = t.router(id, asn, rid);
        t.link("x-" + id, "x", "198.51.100.4/24", n(), id, address + "/24", n());
        return r;
    }

    /** Batch 1: one path shows "First path received", also once its rival is withdrawn (not sticky). */
    @Test
    void singlePathReason() {
        TestNet t = lab();
        peer(t, "a", 65001, "10.0.0.9", "198.51.100.9").announce(P);
        assertThat(entry(t.run(), "x", P).orElseThrow().selectionReason()).isEqualTo("First path received");

        TestNet two = lab();
        peer(two, "a", 65001, "10.0.0.9", "198.51.100.9").announce(P);
        peer(two, "b", 65002, "10.0.0.2", "198.51.100.2").announce(P);
        Simulation sim = Simulator.prepare(two.build());
        assertThat(entry(sim.baseline(), "x", P).orElseThrow().selectionReason()).isEqualTo("Router ID");
        SimulationResult withdrawn = sim.run(Scenario.failing("x-b"));
        assertThat(entry(withdrawn, "x", P).orElseThrow().selectionReason()).isEqualTo("First path received");
    }

    /** Batch 1: two eBGP paths equal up to router-id that arrive together: lower router-id, "Router ID". */
    @Test
    void ebgpTieArrivingTogetherGoesByRouterId() {
        TestNet t = lab();
        peer(t, "a", 65001, "10.0.0.9", "198.51.100.9").announce(P);
        peer(t, "b", 65002, "10.0.0.2", "198.51.100.2").announce(P);
        RibEntry e = entry(t.run(), "x", P).orElseThrow();
        assertThat(e.best().orElseThrow().fromPeer()).isEqualTo("b");
        assertThat(e.selectionReason()).isEqualTo("Router ID");
        assertThat(e.multipath()).as("different neighbouring AS: not multipath").isEmpty();
    }

    /**
     * Batch 3: at a cold start the path with fewer BGP hops from its origin arrives first and is
     * kept by "Older Path": o announces to x directly with one prepend ("65001 65001") and to m,
     * which passes it on ("65002 65001"); Router ID alone would pick m's path.
     */
    @Test
    void fewerHopsArriveFirstAndStayByOlderPath() {
        TestNet t = lab();
        TestNet.R o = t.router("o", 65001, "10.0.0.9").announce(P);
        o.routeMap(TestNet.routeMap("prepend", null, TestNet.set(List.of(65001L), null, null, null, null)));
        t.router("m", 65002, "10.0.0.1");
        t.link("m-o", "m", "198.18.1.1/30", n(), "o", "198.18.1.2/30", n());
        t.link("x-o", "x", "198.51.100.4/24", n(), "o", "198.51.100.9/24", n().out("prepend"));
        t.link("x-m", "x", "198.51.100.4/24", n(), "m", "198.51.100.1/24", n());
        RibEntry e = entry(t.run(), "x", P).orElseThrow();
        assertThat(e.candidates()).hasSize(2);
        assertThat(e.best().orElseThrow().fromPeer()).isEqualTo("o");
        assertThat(e.best().orElseThrow().asPath()).containsExactly(65001L, 65001L);
        assertThat(e.selectionReason()).isEqualTo("Older Path");
    }

    /** Batch 4: `bgp bestpath compare-routerid` removes "Older Path": the same topology goes by Router ID. */
    @Test
    void compareRouterIdIgnoresArrival() {
        TestNet t = lab();
        t.routersForTest().get("x").compareRouterId = true;
        TestNet.R o = t.router("o", 65001, "10.0.0.9").announce(P);
        o.routeMap(TestNet.routeMap("prepend", null, TestNet.set(List.of(65001L), null, null, null, null)));
        t.router("m", 65002, "10.0.0.1");
        t.link("m-o", "m", "198.18.1.1/30", n(), "o", "198.18.1.2/30", n());
        t.link("x-o", "x", "198.51.100.4/24", n(), "o", "198.51.100.9/24", n().out("prepend"));
        t.link("x-m", "x", "198.51.100.4/24", n(), "m", "198.51.100.1/24", n());
        RibEntry e = entry(t.run(), "x", P).orElseThrow();
        assertThat(e.best().orElseThrow().fromPeer()).isEqualTo("m");
        assertThat(e.selectionReason()).isEqualTo("Router ID");
    }

    /** Batches 1 and 2: multipath is on without `maximum-paths` (ECMP maximum 256); the best is part of the set. */
    @Test
    void multipathIsOnByDefault() {
        assertThat(Behaviour.FRR_DEFAULT_MAXIMUM_PATHS).isEqualTo(256);
        TestNet t = lab();
        peer(t, "a", 65001, "10.0.0.9", "198.51.100.9").announce(P);
        peer(t, "c", 65001, "10.0.0.3", "198.51.100.3").announce(P);
        RibEntry e = entry(t.run(), "x", P).orElseThrow();
        assertThat(e.best().orElseThrow().fromPeer()).isEqualTo("c");
        assertThat(e.multipath()).extracting(BgpPath::fromPeer).containsExactlyInAnyOrder("a", "c");
        assertThat(e.multipath()).contains(e.best().orElseThrow());
    }

    /** Batch 2: two iBGP paths equal through IGP metric: lower router-id, "Router ID", both multipath. */
    @Test
    void ibgpMultipathByDefault() {
        TestNet t = lab();
        peer(t, "d", 65010, "10.0.0.5", "198.51.100.5").announce(P);
        peer(t, "e", 65010, "10.0.0.6", "198.51.100.6").announce(P);
        RibEntry e = entry(t.run(), "x", P).orElseThrow();
        assertThat(e.best().orElseThrow().fromPeer()).isEqualTo("d");
        assertThat(e.selectionReason()).isEqualTo("Router ID");
        assertThat(e.multipath()).extracting(BgpPath::fromPeer).containsExactlyInAnyOrder("d", "e");
    }

    /** Batch 1: a locally originated `network` route: weight 32768, MED 0, no LOCAL_PREF, next hop 0.0.0.0. */
    @Test
    void locallyOriginatedRoute() {
        TestNet t = lab();
        peer(t, "a", 65001, "10.0.0.9", "198.51.100.9").announce(P);
        SimulationResult r = t.run();
        BgpPath own = best(r, "a", P);
        assertThat(own.weight()).isEqualTo(32768);
        assertThat(own.med()).isEqualTo(0L);
        assertThat(own.localPref()).isNull();
        assertThat(own.asPath()).isEmpty();
        assertThat(own.nextHop()).isEqualTo(Ip.parse("0.0.0.0"));
        assertThat(own.peerAddress()).isEqualTo(Ip.parse("0.0.0.0"));
        assertThat(own.peerRouterId()).isEqualTo(Ip.parse("10.0.0.9"));
        // Its neighbours receive MED 0.
        assertThat(best(r, "x", P).med()).isEqualTo(0L);
    }

    /** Batch 1: MED decides between paths from the same neighbouring AS: a (MED 0) over c (MED 50 by route-map out). */
    @Test
    void medBetweenPathsOfTheSameNeighbourAs() {
        TestNet t = lab();
        t.router("a", 65001, "10.0.0.9").announce(P);
        t.link("x-a", "x", "198.51.100.4/24", n(), "a", "198.51.100.9/24", n());
        TestNet.R c = t.router("c", 65001, "10.0.0.3").announce(P);
        c.routeMap(TestNet.routeMap("med50", null, TestNet.set(null, 50L, null, null, null)));
        t.link("x-c", "x", "198.51.100.4/24", n(), "c", "198.51.100.3/24", n().out("med50"));
        RibEntry e = entry(t.run(), "x", P).orElseThrow();
        assertThat(e.best().orElseThrow().fromPeer()).isEqualTo("a");
        assertThat(e.selectionReason()).isEqualTo("MED");
    }

    /** Batch 1: an iBGP-learned path: peer type internal, localPref 100, weight 0, next hop the iBGP peer. */
    @Test
    void ibgpLearnedPath() {
        TestNet t = lab();
        peer(t, "d", 65010, "10.0.0.5", "198.51.100.5").announce(P);
        BgpPath p = best(t.run(), "x", P);
        assertThat(p.peerType()).isEqualTo("internal");
        assertThat(p.localPref()).isEqualTo(100L);
        assertThat(p.weight()).isZero();
        assertThat(p.nextHop()).isEqualTo(Ip.parse("198.51.100.5"));
        assertThat(p.asPath()).isEmpty();
    }

    /** Batches 1 and 2: an eBGP path beats an iBGP path of the same AS-path length (prepended at the iBGP peer), "Peer Type". */
    @Test
    void ebgpBeatsIbgpOfEqualLength() {
        TestNet t = lab();
        peer(t, "a", 65001, "10.0.0.9", "198.51.100.9").announce(P);
        TestNet.R d = t.router("d", 65010, "10.0.0.5").announce(P);
        d.routeMap(TestNet.routeMap("prepend", null, TestNet.set(List.of(65099L), null, null, null, null)));
        t.link("x-d", "x", "198.51.100.4/24", n(), "d", "198.51.100.5/24", n().out("prepend"));
        RibEntry e = entry(t.run(), "x", P).orElseThrow();
        assertThat(e.candidates()).filteredOn(p -> p.fromPeer().equals("d")).singleElement()
                .satisfies(p -> {
                    assertThat(p.asPath()).containsExactly(65099L);
                    assertThat(p.peerType()).isEqualTo("internal");
                });
        assertThat(e.best().orElseThrow().fromPeer()).isEqualTo("a");
        assertThat(e.selectionReason()).isEqualTo("Peer Type");
    }

    /** Batch 1: with ebgp-requires-policy the session is Established but exchanges nothing. */
    @Test
    void ebgpRequiresPolicyKeepsTheSessionUpButEmpty() {
        TestNet t = lab();
        TestNet.R a = peer(t, "a", 65001, "10.0.0.9", "198.51.100.9").announce(P);
        a.ebgpRequiresPolicy = null;
        t.routersForTest().get("x").ebgpRequiresPolicy = null;
        SimulationResult r = t.run();
        assertThat(r.sessions()).singleElement().satisfies(s -> assertThat(s.up()).isTrue());
        assertThat(entry(r, "x", P)).isEmpty();
    }

    /**
     * Batch 3: a MED learned from a peer is stripped towards eBGP; locally originated routes
     * (network, default-originate) carry their MED 0 to eBGP neighbours.
     */
    @Test
    void medTowardsEbgp() throws Exception {
        SimulationResult r = Simulator.run(io.peerplan.model.sample.Samples.load("two-dc-anycast"), Scenario.BASELINE);
        assertThat(best(r, "gateway-alfa-unoone", "203.0.113.70/32").med()).isEqualTo(0L);
        assertThat(best(r, "antares", "203.0.113.70/32").med()).isNull();
        assertThat(best(r, "internet", "203.0.113.70/32").med()).isNull();
        assertThat(best(r, "gateway-alfa-unoone", "0.0.0.0/0").med()).isEqualTo(0L);
    }

    /** Batch 1: import-check keeps the path in the table, invalid, with no best path. */
    @Test
    void importCheckPathIsInTheTableButInvalid() {
        TestNet t = lab();
        TestNet.R gw = t.router("gw", 64859, "198.51.100.14").network("203.0.113.64/29");
        gw.statics.add(new io.peerplan.model.StaticRoute(io.peerplan.model.IpPrefix.parse("203.0.113.65/32"), null, null, true, null));
        gw.statics.add(new io.peerplan.model.StaticRoute(io.peerplan.model.IpPrefix.parse("203.0.113.66/32"), null, null, true, null));
        t.link("x-gw", "x", "198.51.100.4/24", n(), "gw", "198.51.100.14/24", n());
        SimulationResult r = t.run();
        RibEntry e = entry(r, "gw", "203.0.113.64/29").orElseThrow();
        assertThat(e.best()).isEmpty();
        assertThat(e.candidates()).singleElement().satisfies(p -> assertThat(p.valid()).isFalse());
        assertThat(entry(r, "x", "203.0.113.64/29")).isEmpty();
    }
}
