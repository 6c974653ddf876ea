package io.peerplan.model.sim;

import static io.peerplan.model.sim.PropagationTest.entry;
import static io.peerplan.model.sim.TestNet.n;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.StaticRoute;
import org.junit.jupiter.api.Test;

/**
 * Two FRR rules the lab shows (FrrRulesLabTest in export): a route goes back to the neighbor it
 * came from and only {@code allowas-in} keeps the echo (subgroup_announce_check), and a next hop
 * resolves through a static default route only with {@code ip nht resolve-via-default}
 * (zebra_rnh_resolve_nexthop_entry).
 */
class EchoAndNextHopTest {
    static final String P = "203.0.113.0/28";
    static final String Q = "203.0.113.16/28";

    @Test
    void theEchoIsAPathOnlyWithAllowasIn() {
        TestNet t = new TestNet();
        t.router("x", 65010, "10.0.0.5").announce(Q);
        t.router("y", 65020, "10.0.0.6");
        t.router("w", 65040, "10.0.0.7").announce(P);
        t.link("x-y", "x", "198.18.0.1/29", n().allowasIn(1), "y", "198.18.0.2/29", n());
        t.ebgp("x-w", "x", "198.18.0.9/29", "w", "198.18.0.10/29");
        SimulationResult r = t.run();
        RibEntry own = entry(r, "x", Q).orElseThrow();
        assertThat(own.candidates()).hasSize(2);
        assertThat(own.selectionReason()).isEqualTo("Weight");
        RibEntry passedOn = entry(r, "x", P).orElseThrow();
        assertThat(passedOn.candidates()).hasSize(2);
        assertThat(passedOn.selectionReason()).isEqualTo("AS Path");
        assertThat(passedOn.candidates()).anySatisfy(p -> assertThat(p.asPath()).containsExactly(65020L, 65010L, 65040L));
        // w has no allowas-in: the echo of its own prefix is dropped by the loop check.
        assertThat(entry(r, "w", P).orElseThrow().candidates()).hasSize(1);
    }

    @Test
    void aStaticDefaultResolvesNextHopsOnlyWithResolveViaDefault() {
        for (boolean viaDefault : new boolean[] {false, true}) {
            TestNet t = new TestNet();
            t.router("a1", 65001, "10.0.0.1");
            TestNet.R a2 = t.router("a2", 65001, "10.0.0.2");
            t.router("b", 65002, "10.0.0.4").announce(P);
            t.ebgp("a1-b", "a1", "198.18.0.1/29", "b", "198.18.0.2/29");
            t.link("a1-a2", "a1", "198.18.0.9/29", n().remoteAs("internal"), "a2", "198.18.0.10/29", n().remoteAs("internal"));
            a2.statics.add(new StaticRoute(IpPrefix.parse("0.0.0.0/0"), Ip.parse("198.18.0.9"), null, false, null));
            a2.nhtResolveViaDefault = viaDefault;
            RibEntry e = entry(t.run(), "a2", P).orElseThrow();
            assertThat(e.candidates()).as("the path is kept either way").hasSize(1);
            assertThat(e.best().isPresent()).as("valid with resolve-via-default=%s", viaDefault).isEqualTo(viaDefault);
        }
    }

    /**
     * With {@code ip nht resolve-via-default} a default route learned through BGP resolves next
     * hops too (zebra takes any selected route of 0.0.0.0/0); without the line it does not.
     */
    @Test
    void aBgpLearnedDefaultResolvesNextHopsOnlyWithResolveViaDefault() {
        for (boolean viaDefault : new boolean[] {false, true}) {
            TestNet t = new TestNet();
            t.router("a1", 65001, "10.0.0.1");
            TestNet.R a2 = t.router("a2", 65001, "10.0.0.2");
            t.router("b", 65002, "10.0.0.4").announce(P);
            t.router("c", 65003, "10.0.0.5");
            t.ebgp("a1-b", "a1", "198.18.0.1/29", "b", "198.18.0.2/29");
            t.link("a1-a2", "a1", "198.18.0.9/29", n().remoteAs("internal"), "a2", "198.18.0.10/29", n().remoteAs("internal"));
            t.link("c-a2", "c", "198.18.0.17/29", n().defaultOriginate(), "a2", "198.18.0.18/29", n());
            a2.nhtResolveViaDefault = viaDefault;
            Simulation sim = Simulator.prepare(t.build());
            SimulationResult r = sim.baseline();
            assertThat(entry(r, "a2", "0.0.0.0/0").orElseThrow().best()).isPresent();
            assertThat(entry(r, "a2", P).orElseThrow().best().isPresent()).as("valid with resolve-via-default=%s", viaDefault)
                    .isEqualTo(viaDefault);
            // Without the default (c down) the path is unresolvable again: a what-if is computed whole.
            assertThat(entry(sim.run(Scenario.failing("c")), "a2", P).orElseThrow().best()).isEmpty();
        }
    }

    /**
     * Random topology 611 of the differential test (DifferentialFindingsLabTest pins it on FRR): a2 hears the
     * default from c (eBGP) and from a1 (iBGP, with b's address as next hop, which no route but the
     * default covers). With {@code ip nht resolve-via-default} the iBGP path resolves through the
     * default c's path installed, so it is one more valid path and the eBGP one wins by "Peer Type";
     * without the line it stays invalid ("First path received").
     */
    @Test
    void anIbgpDefaultResolvesThroughTheDefaultAnotherPathInstalled() {
        for (boolean viaDefault : new boolean[] {false, true}) {
            SimulationResult r = twoDefaults(viaDefault, 0).run();
            RibEntry e = entry(r, "a2", "0.0.0.0/0").orElseThrow();
            assertThat(e.candidates()).hasSize(2);
            assertThat(e.candidates()).filteredOn(BgpPath::valid).as("valid with resolve-via-default=%s", viaDefault)
                    .hasSize(viaDefault ? 2 : 1);
            assertThat(e.best().orElseThrow().fromPeer()).isEqualTo("c");
            assertThat(e.selectionReason()).isEqualTo(viaDefault ? "Peer Type" : "First path received");
            assertThat(r.converged()).isTrue();
        }
    }

    /**
     * When a2 prefers the iBGP default (weight), that path would be installed resolving through
     * itself, which zebra refuses (nexthop_active): it is valid only while c's path is installed, so
     * FRR has no stable state, and the simulator says so instead of answering.
     */
    @Test
    void aDefaultThatOnlyResolvesThroughItselfHasNoStableState() {
        SimulationResult r = twoDefaults(true, 100).run();
        assertThat(r.converged()).isFalse();
        assertThat(r.oscillation().orElseThrow().routers()).containsExactly("a2");
        assertThat(twoDefaults(false, 100).run().converged()).isTrue();
    }

    /**
     * b originates the default to a1, a1 passes it to a2 over iBGP unchanged, c originates it to
     * a2; a2 gives a1's paths {@code weight} (none when 0).
     */
    private static TestNet twoDefaults(boolean viaDefault, int weight) {
        TestNet t = new TestNet();
        t.router("a1", 65001, "10.0.0.1");
        TestNet.R a2 = t.router("a2", 65001, "10.0.0.2");
        t.router("b", 65002, "10.0.0.4");
        t.router("c", 65003, "10.0.0.5");
        t.link("a1-b", "a1", "198.18.0.1/29", n(), "b", "198.18.0.2/29", n().defaultOriginate());
        TestNet.N toA1 = n().remoteAs("internal");
        if (weight > 0) {
            toA1.weight(weight);
        }
        t.link("a1-a2", "a1", "198.18.0.9/29", n().remoteAs("internal"), "a2", "198.18.0.10/29", toA1);
        t.link("c-a2", "c", "198.18.0.17/29", n().defaultOriginate(), "a2", "198.18.0.18/29", n());
        a2.nhtResolveViaDefault = viaDefault;
        return t;
    }
}
