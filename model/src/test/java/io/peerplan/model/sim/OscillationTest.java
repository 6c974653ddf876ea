package io.peerplan.model.sim;

import static io.peerplan.model.sim.TestNet.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Action;
import io.peerplan.model.CommunityList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A network with no stable routing ends in a typed result, never a hang; a long run can be cancelled. */
class OscillationTest {
    static final String P = "203.0.113.0/24";

    /**
     * Griffin's BAD GADGET: r1, r2, r3 around origin r0; each prefers the path through its clockwise
     * neighbor (local-preference 200 on routes that neighbor learned directly from r0) over its own
     * direct path, and accepts nothing longer. No assignment of best paths is stable.
     */
    static Topology badGadget(boolean stable) {
        TestNet t = new TestNet();
        t.router("r0", 100, "10.0.0.100").announce(P);
        for (int i = 1; i <= 3; i++) {
            TestNet.R r = t.router("r" + i, i, "10.0.0." + i);
            r.communityList(new CommunityList("direct", List.of(new CommunityList.Entry(10, Action.PERMIT, "100:1"))));
            r.routeMap(TestNet.routeMap("from-origin", null, TestNet.set(null, null, null, List.of("100:1"), null)));
            r.routeMap(new RouteMap("from-next", List.of(new RouteMap.Entry(10, Action.PERMIT, null,
                    new RouteMap.Match(null, "direct"), TestNet.set(null, null, stable ? 50L : 200L, List.of("100:2"), null)))));
            r.routeMap(new RouteMap("deny", List.of(new RouteMap.Entry(10, Action.DENY, null, null, null))));
        }
        for (int i = 1; i <= 3; i++) {
            t.link("o" + i, "r0", "198.18." + i + ".1/30", n(), "r" + i, "198.18." + i + ".2/30", n().in("from-origin"));
            int next = i % 3 + 1;
            t.link("c" + i, "r" + i, "198.19." + i + ".1/30", n().in("from-next"), "r" + next, "198.19." + i + ".2/30", n().in("deny"));
        }
        return t.build();
    }

    @Test
    void badGadgetIsReportedAsOscillation() {
        SimulationResult r = Simulator.run(badGadget(false), Scenario.BASELINE);
        assertThat(r.converged()).isFalse();
        Oscillation o = r.oscillation().orElseThrow();
        assertThat(o.routers()).containsExactlyInAnyOrder("r1", "r2", "r3");
        assertThat(o.prefixes()).extracting(Object::toString).containsExactly(P);
        assertThat(o.rounds()).isGreaterThan(PrefixRun.MAX_ROUNDS);
    }

    /** The same gadget preferring direct paths (local-preference 50 through the neighbor) converges. */
    @Test
    void goodGadgetConverges() {
        SimulationResult r = Simulator.run(badGadget(true), Scenario.BASELINE);
        assertThat(r.converged()).isTrue();
        assertThat(r.oscillation()).isEmpty();
        assertThat(r.rib("r1").orElseThrow().entry(P).orElseThrow().best().orElseThrow().fromPeer()).isEqualTo("r0");
    }

    /**
     * DISAGREE: a and b each prefer the path through the other. In lock-step rounds both switch
     * back and forth forever; with real timing one of them moves first and the network settles,
     * so the simulator retries one speaker at a time and reports convergence.
     */
    @Test
    void disagreeSettlesWithStaggeredTiming() {
        TestNet t = new TestNet();
        t.router("o", 100, "10.0.0.100").announce(P);
        t.router("a", 1, "10.0.0.1").routeMap(TestNet.routeMap("prefer", null, TestNet.set(null, null, 200L, null, null)));
        t.router("b", 2, "10.0.0.2").routeMap(TestNet.routeMap("prefer", null, TestNet.set(null, null, 200L, null, null)));
        t.ebgp("oa", "o", "198.18.1.1/30", "a", "198.18.1.2/30");
        t.ebgp("ob", "o", "198.18.2.1/30", "b", "198.18.2.2/30");
        t.link("ab", "a", "198.18.3.1/30", n().in("prefer"), "b", "198.18.3.2/30", n().in("prefer"));
        SimulationResult r = t.run();
        assertThat(r.converged()).isTrue();
        String viaA = r.rib("a").orElseThrow().entry(P).orElseThrow().best().orElseThrow().fromPeer();
        String viaB = r.rib("b").orElseThrow().entry(P).orElseThrow().best().orElseThrow().fromPeer();
        // One of the two stable states: exactly one of them goes through the other.
        assertThat(List.of(viaA, viaB)).containsExactlyInAnyOrder("o", viaA.equals("o") ? "a" : "b");
    }

    @Test
    void cancellationStopsTheRun() {
        AtomicInteger polls = new AtomicInteger();
        assertThatThrownBy(() -> Simulator.run(badGadget(false), Scenario.BASELINE, () -> polls.incrementAndGet() > 0))
                .isInstanceOf(CancellationException.class);
        assertThat(polls.get()).isPositive();
    }
}
