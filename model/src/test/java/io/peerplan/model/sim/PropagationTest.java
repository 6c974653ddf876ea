package io.peerplan.model.sim;

import static io.peerplan.model.sim.TestNet.n;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Action;
import io.peerplan.model.CommunityList;
import io.peerplan.model.DefaultsProfile;
import io.peerplan.model.Ip;
import io.peerplan.model.RouteMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** BGP's propagation rules, each on the smallest topology that shows it. */
class PropagationTest {
    static final String P = "203.0.113.0/24";

    static Optional<RibEntry> entry(SimulationResult r, String speaker, String prefix) {
        return r.rib(speaker).flatMap(rib -> rib.entry(prefix));
    }

    static BgpPath best(SimulationResult r, String speaker, String prefix) {
        return entry(r, speaker, prefix).flatMap(RibEntry::best).orElseThrow(() -> new AssertionError(speaker + " has no best path to " + prefix));
    }

    static boolean hasBest(SimulationResult r, String speaker, String prefix) {
        return entry(r, speaker, prefix).flatMap(RibEntry::best).isPresent();
    }

    /** Two sites in one private AS behind one provider: neither learns the other's prefix (own AS in the path). */
    @Test
    void ownAsInThePathIsDroppedUnlessAllowasIn() {
        TestNet t = new TestNet();
        t.router("site1", 64859, "10.0.1.1").announce("203.0.113.1/32");
        t.router("site2", 64859, "10.0.2.1").announce("203.0.113.2/32");
        t.router("prov", 65101, "10.0.9.1");
        t.ebgp("l1", "site1", "198.51.100.2/30", "prov", "198.51.100.1/30");
        t.ebgp("l2", "site2", "198.51.100.6/30", "prov", "198.51.100.5/30");
        SimulationResult r = t.run();
        assertThat(best(r, "prov", "203.0.113.1/32").asPath()).containsExactly(64859L);
        assertThat(entry(r, "site2", "203.0.113.1/32")).isEmpty();

        TestNet allow = new TestNet();
        allow.router("site1", 64859, "10.0.1.1").announce("203.0.113.1/32");
        allow.router("site2", 64859, "10.0.2.1");
        allow.router("prov", 65101, "10.0.9.1");
        allow.ebgp("l1", "site1", "198.51.100.2/30", "prov", "198.51.100.1/30");
        allow.link("l2", "site2", "198.51.100.6/30", n().allowasIn(1), "prov", "198.51.100.5/30", n());
        assertThat(best(allow.run(), "site2", "203.0.113.1/32").asPath()).containsExactly(65101L, 64859L);
    }

    /** A - B - C in one AS, iBGP on both links: C never hears A's route through B unless B reflects. */
    @Test
    void ibgpSplitHorizonAndRouteReflection() {
        TestNet t = chain(false);
        SimulationResult r = t.run();
        assertThat(hasBest(r, "b", P)).isTrue();
        assertThat(entry(r, "c", P)).isEmpty();

        SimulationResult reflected = chain(true).run();
        BgpPath atC = best(reflected, "c", P);
        assertThat(atC.peerType()).isEqualTo("internal");
        assertThat(atC.fromPeer()).isEqualTo("b");
        assertThat(atC.originatorId()).isEqualTo(Ip.parse("10.0.0.1"));
        assertThat(atC.clusterList()).containsExactly(Ip.parse("10.0.0.2"));
        // A reflected route keeps its next hop (RFC 4456): A's address.
        assertThat(atC.nextHop()).isEqualTo(Ip.parse("192.168.1.1"));
    }

    private static TestNet chain(boolean reflect) {
        TestNet t = new TestNet();
        t.router("a", 65000, "10.0.0.1").announce(P);
        t.router("b", 65000, "10.0.0.2");
        t.router("c", 65000, "10.0.0.3");
        t.link("ab", "a", "192.168.1.1/24", n(), "b", "192.168.1.2/24", reflect ? n().rrClient() : n());
        t.link("bc", "b", "192.168.1.2/24", reflect ? n().rrClient() : n(), "c", "192.168.1.3/24", n());
        return t;
    }

    /** iBGP-learned routes still go to eBGP peers, with the own AS prepended. */
    @Test
    void ibgpLearnedRoutesGoToEbgpPeers() {
        TestNet t = new TestNet();
        t.router("a", 65000, "10.0.0.1").announce(P);
        t.router("b", 65000, "10.0.0.2");
        t.router("x", 65100, "10.0.0.9");
        t.ebgp("ab", "a", "192.168.1.1/24", "b", "192.168.1.2/24");
        t.ebgp("bx", "b", "198.51.100.1/30", "x", "198.51.100.2/30");
        BgpPath atX = best(t.run(), "x", P);
        assertThat(atX.asPath()).containsExactly(65000L);
        assertThat(atX.nextHop()).isEqualTo(Ip.parse("198.51.100.1"));
        assertThat(atX.localPref()).isNull();
    }

    /** RFC 8212: under traditional defaults an eBGP neighbor without policy exchanges nothing. */
    @Test
    void ebgpRequiresPolicy() {
        for (boolean policy : new boolean[] {false, true}) {
            TestNet t = new TestNet();
            TestNet.R a = t.router("a", 65001, "10.0.0.1").announce(P);
            TestNet.R b = t.router("b", 65002, "10.0.0.2");
            a.ebgpRequiresPolicy = null;
            b.ebgpRequiresPolicy = null;
            a.prefixList(TestNet.permitAll("all"));
            b.prefixList(TestNet.permitAll("all"));
            t.link("ab", "a", "198.51.100.1/30", policy ? n().plOut("all") : n(), "b", "198.51.100.2/30",
                    policy ? n().plIn("all") : n());
            assertThat(hasBest(t.run(), "b", P)).as("with policy " + policy).isEqualTo(policy);
        }
        TestNet dc = new TestNet();
        TestNet.R a = dc.router("a", 65001, "10.0.0.1").announce(P);
        TestNet.R b = dc.router("b", 65002, "10.0.0.2");
        a.ebgpRequiresPolicy = null;
        b.ebgpRequiresPolicy = null;
        a.defaults = DefaultsProfile.DATACENTER;
        b.defaults = DefaultsProfile.DATACENTER;
        dc.ebgp("ab", "a", "198.51.100.1/30", "b", "198.51.100.2/30");
        assertThat(hasBest(dc.run(), "b", P)).as("datacenter defaults need no policy").isTrue();
    }

    /** Import-check: a network statement needs a route of exactly that prefix in the RIB. */
    @Test
    void networkImportCheck() {
        TestNet t = new TestNet();
        t.router("gw", 64859, "10.0.0.1").network("203.0.113.64/29");
        t.router("prov", 65101, "10.0.0.9");
        t.ebgp("up", "gw", "198.51.100.14/29", "prov", "198.51.100.9/29");
        SimulationResult r = t.run();
        RibEntry own = entry(r, "gw", "203.0.113.64/29").orElseThrow();
        assertThat(own.best()).isEmpty();
        assertThat(own.candidates()).singleElement().satisfies(p -> {
            assertThat(p.valid()).isFalse();
            assertThat(p.source()).isEqualTo("network statement");
        });
        assertThat(entry(r, "prov", "203.0.113.64/29")).isEmpty();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n.message()).contains("import-check"));

        TestNet withStatic = new TestNet();
        withStatic.router("gw", 64859, "10.0.0.1").announce("203.0.113.64/29");
        withStatic.router("prov", 65101, "10.0.0.9");
        withStatic.ebgp("up", "gw", "198.51.100.14/29", "prov", "198.51.100.9/29");
        assertThat(hasBest(withStatic.run(), "prov", "203.0.113.64/29")).isTrue();

        TestNet off = new TestNet();
        off.router("gw", 64859, "10.0.0.1").network("203.0.113.64/29").importCheck = false;
        off.router("prov", 65101, "10.0.0.9");
        off.ebgp("up", "gw", "198.51.100.14/29", "prov", "198.51.100.9/29");
        assertThat(hasBest(off.run(), "prov", "203.0.113.64/29")).isTrue();
    }

    /**
     * The vantage hears one prefix from two providers in different ASes (MEDs 0 and 50) and, through
     * a third, from the same AS as the second: MED decides only between the two paths from AS 65002.
     */
    @Test
    void medIsComparedOnlyWithinTheSameNeighbouringAs() {
        TestNet t = new TestNet();
        t.vantage("v", 64496, "10.9.9.9", "198.18.0.2/30", "198.18.0.6/30", "198.18.0.10/30");
        t.router("p1", 65001, "10.0.0.1").announce(P).routeMap(TestNet.routeMap("med50", null, TestNet.set(null, 50L, null, null, null)));
        t.router("p2", 65002, "10.0.0.2").announce(P).routeMap(TestNet.routeMap("med0", null, TestNet.set(null, 0L, null, null, null)));
        t.link("v1", "p1", "198.18.0.1/30", n().out("med50"), "v", "198.18.0.2/30", n());
        t.link("v2", "p2", "198.18.0.5/30", n().out("med0"), "v", "198.18.0.6/30", n());
        SimulationResult two = t.run();
        // Different neighbouring AS: MED is skipped, the lower router-id (p1) wins despite its MED 50.
        assertThat(best(two, "v", P).fromPeer()).isEqualTo("p1");
        assertThat(entry(two, "v", P).orElseThrow().selectionReason()).isEqualTo("Router ID");

        TestNet same = new TestNet();
        same.vantage("v", 64496, "10.9.9.9", "198.18.0.2/30", "198.18.0.6/30");
        same.router("p1", 65002, "10.0.0.1").announce(P).routeMap(TestNet.routeMap("med50", null, TestNet.set(null, 50L, null, null, null)));
        same.router("p2", 65002, "10.0.0.2").announce(P).routeMap(TestNet.routeMap("med0", null, TestNet.set(null, 0L, null, null, null)));
        same.link("v1", "p1", "198.18.0.1/30", n().out("med50"), "v", "198.18.0.2/30", n());
        same.link("v2", "p2", "198.18.0.5/30", n().out("med0"), "v", "198.18.0.6/30", n());
        SimulationResult r = same.run();
        assertThat(best(r, "v", P).fromPeer()).isEqualTo("p2");
        assertThat(entry(r, "v", P).orElseThrow().selectionReason()).isEqualTo("MED");
    }

    /** Two eBGP paths with the same AS path are multipath at an FRR speaker by default, not with maximum-paths 1. */
    @Test
    void multipath() {
        for (Integer max : new Integer[] {null, 1}) {
            TestNet t = new TestNet();
            TestNet.R x = t.router("x", 64500, "10.0.0.9");
            x.maximumPaths = max;
            t.router("a", 65001, "10.0.0.1").announce(P);
            t.router("b", 65001, "10.0.0.2").announce(P);
            t.ebgp("xa", "x", "198.18.0.2/30", "a", "198.18.0.1/30");
            t.ebgp("xb", "x", "198.18.0.6/30", "b", "198.18.0.5/30");
            RibEntry e = entry(t.run(), "x", P).orElseThrow();
            assertThat(e.best().orElseThrow().fromPeer()).isEqualTo("a");
            if (max == null) {
                assertThat(e.multipath()).extracting(BgpPath::fromPeer).containsExactlyInAnyOrder("a", "b");
            } else {
                assertThat(e.multipath()).isEmpty();
            }
        }
    }

    /** eBGP-learned routes keep their next hop over iBGP unless next-hop-self; a next hop that does not resolve is invalid. */
    @Test
    void nextHopHandling() {
        for (boolean self : new boolean[] {false, true}) {
            TestNet t = new TestNet();
            t.router("prov", 65101, "10.0.0.9").announce(P);
            t.router("gw1", 65000, "10.0.0.1");
            t.router("gw2", 65000, "10.0.0.2");
            t.ebgp("up", "gw1", "198.51.100.2/30", "prov", "198.51.100.1/30");
            t.link("ibgp", "gw1", "10.1.0.1/24", self ? n().nextHopSelf() : n(), "gw2", "10.1.0.2/24", n());
            RibEntry e = entry(t.run(), "gw2", P).orElseThrow();
            BgpPath p = e.candidates().get(0);
            if (self) {
                assertThat(p.nextHop()).isEqualTo(Ip.parse("10.1.0.1"));
                assertThat(p.valid()).isTrue();
                assertThat(e.best()).isPresent();
            } else {
                // gw2 has no route to the provider's link: FRR shows the path "inaccessible".
                assertThat(p.nextHop()).isEqualTo(Ip.parse("198.51.100.1"));
                assertThat(p.valid()).isFalse();
                assertThat(e.best()).isEmpty();
            }
        }
    }

    @Test
    void routeMapsAndPrefixListsInAndOut() {
        TestNet t = new TestNet();
        TestNet.R a = t.router("a", 65001, "10.0.0.1").announce(P).announce("198.51.100.128/25");
        a.prefixList(TestNet.prefixList("only24", "203.0.113.0/24", null, null, Action.PERMIT));
        a.routeMap(TestNet.routeMap("prepend", null, TestNet.set(List.of(65001L, 65001L), null, null, null, null)));
        TestNet.R b = t.router("b", 65002, "10.0.0.2");
        b.routeMap(TestNet.routeMap("lp", null, TestNet.set(null, null, 300L, List.of("65002:7"), 50L)));
        t.link("ab", "a", "198.18.0.1/30", n().plOut("only24").out("prepend"), "b", "198.18.0.2/30", n().in("lp"));
        SimulationResult r = t.run();
        BgpPath p = best(r, "b", P);
        assertThat(p.asPath()).containsExactly(65001L, 65001L, 65001L);
        assertThat(p.localPref()).isEqualTo(300L);
        assertThat(p.weight()).isEqualTo(50L);
        assertThat(p.communities()).containsExactly("65002:7");
        assertThat(entry(r, "b", "198.51.100.128/25")).as("denied by the prefix-list out").isEmpty();
    }

    @Test
    void routeMapMatchesCommunityListsAndDeniesTheRest() {
        TestNet t = new TestNet();
        TestNet.R a = t.router("a", 65001, "10.0.0.1").announce(P).announce("198.51.100.0/24");
        a.prefixList(TestNet.prefixList("p24", P, null, null, Action.PERMIT));
        a.routeMap(new RouteMap("tag", List.of(
                new RouteMap.Entry(10, Action.PERMIT, null, new RouteMap.Match("p24", null), TestNet.set(null, null, null, List.of("65001:100"), null)),
                new RouteMap.Entry(20, Action.PERMIT, null, null, null))));
        TestNet.R b = t.router("b", 65002, "10.0.0.2");
        b.communityList(new CommunityList("tagged", List.of(new CommunityList.Entry(10, Action.PERMIT, "65001:100"))));
        b.routeMap(new RouteMap("onlyTagged", List.of(new RouteMap.Entry(10, Action.PERMIT, null, new RouteMap.Match(null, "tagged"), null))));
        t.link("ab", "a", "198.18.0.1/30", n().out("tag"), "b", "198.18.0.2/30", n().in("onlyTagged"));
        SimulationResult r = t.run();
        assertThat(hasBest(r, "b", P)).isTrue();
        assertThat(entry(r, "b", "198.51.100.0/24")).isEmpty();
    }

    @Test
    void noExportStaysInsideTheAs() {
        TestNet t = new TestNet();
        TestNet.R a = t.router("a", 65000, "10.0.0.1").announce(P);
        a.routeMap(TestNet.routeMap("noexp", null, TestNet.set(null, null, null, List.of("no-export"), null)));
        t.router("b", 65000, "10.0.0.2");
        t.router("x", 65100, "10.0.0.9");
        t.link("ab", "a", "10.1.0.1/24", n().out("noexp"), "b", "10.1.0.2/24", n());
        t.ebgp("bx", "b", "198.51.100.1/30", "x", "198.51.100.2/30");
        SimulationResult r = t.run();
        assertThat(best(r, "b", P).communities()).containsExactly("no-export");
        assertThat(entry(r, "x", P)).isEmpty();
    }

    /** neighbor X default-originate sends 0.0.0.0/0 to that neighbor only. */
    @Test
    void defaultOriginate() {
        TestNet t = new TestNet();
        t.router("prov", 65101, "10.0.0.9");
        t.router("gw", 64859, "10.0.0.1");
        t.router("other", 64860, "10.0.0.2");
        t.link("up", "prov", "198.51.100.9/29", n().defaultOriginate(), "gw", "198.51.100.14/29", n());
        t.ebgp("up2", "prov", "198.51.100.17/29", "other", "198.51.100.18/29");
        SimulationResult r = t.run();
        BgpPath d = best(r, "gw", "0.0.0.0/0");
        assertThat(d.asPath()).containsExactly(65101L);
        assertThat(d.nextHop()).isEqualTo(Ip.parse("198.51.100.9"));
        assertThat(entry(r, "prov", "0.0.0.0/0")).as("not in the provider's own table").isEmpty();
        assertThat(entry(r, "other", "0.0.0.0/0")).isEmpty();
    }

    /** LOCAL_PREF never crosses an AS border; MED learned from a neighbour is not passed on to another AS. */
    @Test
    void localPrefAndMedAtAsBorders() {
        TestNet t = new TestNet();
        TestNet.R a = t.router("a", 65001, "10.0.0.1").announce(P);
        a.routeMap(TestNet.routeMap("med", null, TestNet.set(null, 70L, null, null, null)));
        t.router("b", 65002, "10.0.0.2");
        t.router("c", 65003, "10.0.0.3");
        t.link("ab", "a", "198.18.0.1/30", n().out("med"), "b", "198.18.0.2/30", n());
        t.ebgp("bc", "b", "198.18.0.5/30", "c", "198.18.0.6/30");
        SimulationResult r = t.run();
        assertThat(best(r, "b", P).med()).isEqualTo(70L);
        assertThat(best(r, "c", P).med()).isNull();
        assertThat(best(r, "c", P).localPref()).isNull();
    }

    /** Four-octet private ASNs (RFC 6996, above 2^31) survive the path intact, and loop prevention still sees them. */
    @Test
    void fourOctetAsnsInThePath() {
        TestNet t = new TestNet();
        t.router("a", 4_200_000_001L, "10.0.0.1").announce(P);
        t.router("b", 4_294_967_294L, "10.0.0.2");
        t.router("c", 4_200_000_001L, "10.0.0.3");
        t.ebgp("ab", "a", "198.18.0.1/30", "b", "198.18.0.2/30");
        t.ebgp("bc", "b", "198.18.0.5/30", "c", "198.18.0.6/30");
        SimulationResult r = t.run();
        assertThat(best(r, "b", P).asPath()).containsExactly(4_200_000_001L);
        assertThat(best(r, "b", P).asPathText()).isEqualTo("4200000001");
        assertThat(entry(r, "c", P)).as("c shares a's AS").isEmpty();
    }

    /** redistribute connected / static: origin incomplete, through the redistribution's route-map. */
    @Test
    void redistributeConnectedAndStatic() {
        TestNet t = new TestNet();
        TestNet.R a = t.router("a", 65001, "10.0.0.1").iface("10.20.0.1/24");
        a.statics.add(new io.peerplan.model.StaticRoute(io.peerplan.model.IpPrefix.parse("10.30.0.0/16"), Ip.parse("10.20.0.9"), null, false, null));
        a.prefixLists.add(TestNet.prefixList("lan", "10.20.0.0/24", null, null, Action.PERMIT));
        a.routeMap(new RouteMap("only-lan", List.of(new RouteMap.Entry(10, Action.PERMIT, null, new RouteMap.Match("lan", null),
                TestNet.set(null, null, null, List.of("65001:20"), null)))));
        a.redistribute.add(new io.peerplan.model.Redistribution(io.peerplan.model.Redistribution.Source.CONNECTED, "only-lan"));
        a.redistribute.add(new io.peerplan.model.Redistribution(io.peerplan.model.Redistribution.Source.STATIC, null));
        t.router("b", 65002, "10.0.0.2");
        t.ebgp("ab", "a", "198.18.0.1/30", "b", "198.18.0.2/30");
        SimulationResult r = t.run();
        BgpPath lan = best(r, "b", "10.20.0.0/24");
        assertThat(lan.origin()).isEqualTo("incomplete");
        assertThat(lan.communities()).containsExactly("65001:20");
        assertThat(best(r, "a", "10.20.0.0/24").source()).isEqualTo("redistribute connected");
        assertThat(best(r, "b", "10.30.0.0/16").origin()).isEqualTo("incomplete");
        assertThat(best(r, "a", "10.30.0.0/16").source()).isEqualTo("redistribute static");
        assertThat(entry(r, "b", "198.18.0.0/30")).as("the link subnet is denied by the route-map").isEmpty();
    }
}
