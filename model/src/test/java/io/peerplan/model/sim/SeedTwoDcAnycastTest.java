package io.peerplan.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Ip;
import io.peerplan.model.sample.Samples;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 (Selectel, "MetalLB with BGP anycast") reproduced on the {@code two-dc-anycast} sample:
 * which datacenter serves 203.0.113.70 from the Internet, before and after the prepend switchover
 * and when region Alfa fails, what happens to 203.0.113.65 (announced from Alfa only), and how
 * long failures go unnoticed.
 */
class SeedTwoDcAnycastTest {
    static final Ip ANYCAST = Ip.parse("203.0.113.70");
    static final Ip ALFA_ONLY = Ip.parse("203.0.113.65");
    static Simulation sim;

    @BeforeAll
    static void load() throws Exception {
        sim = Simulator.prepare(Samples.load("two-dc-anycast"));
    }

    static AnycastView view(SimulationResult r, Ip ip) {
        return r.anycast("internet").stream().filter(v -> v.serviceIp().equals(ip)).findFirst().orElseThrow();
    }

    /** Alfa prepends 64859 once and Bravo three times: the Internet takes Alfa, by AS path length. */
    @Test
    void internetReachesTheAnycastIpViaAlfaByAsPath() {
        SimulationResult r = sim.baseline();
        assertThat(r.converged()).isTrue();
        AnycastView v = view(r, ANYCAST);
        assertThat(v.reachable()).isTrue();
        assertThat(v.regions()).containsExactly("alfa");
        assertThat(v.clusters()).containsExactly("k8s-alfa");
        assertThat(v.nodes()).containsExactly("alfa-worker-1", "alfa-worker-2");
        assertThat(v.viaPeer()).isEqualTo("antares");
        assertThat(v.asPath()).containsExactly(65101L, 64859L, 64859L);
        assertThat(v.selectionReason()).isEqualTo("AS Path");
        RibEntry e = r.rib("internet").orElseThrow().entry("203.0.113.70/32").orElseThrow();
        assertThat(e.candidates()).hasSize(2);
        assertThat(e.candidates()).filteredOn(p -> p.fromPeer().equals("betelgeuse")).singleElement()
                .satisfies(p -> assertThat(p.asPath()).containsExactly(64600L, 64859L, 64859L, 64859L, 64859L));
    }

    /** The seed's switchover: `set as-path prepend 64859 64859 64859 64859 64859` on Alfa's gateway. */
    @Test
    void withAlfaPrependFiveTheInternetGoesToBravo() {
        SimulationResult r = sim.run(Scenario.BASELINE.withPrepend(PrependOverride.parse("gateway-alfa-unoone/prpnd_private:10.prepend=5")));
        AnycastView v = view(r, ANYCAST);
        assertThat(v.regions()).containsExactly("bravo");
        assertThat(v.viaPeer()).isEqualTo("betelgeuse");
        assertThat(v.selectionReason()).isEqualTo("AS Path");
        assertThat(r.changes()).anySatisfy(m -> {
            assertThat(m.vantage()).isEqualTo("internet");
            assertThat(m.prefix().toString()).isEqualTo("203.0.113.70/32");
            assertThat(m.from().regions()).containsExactly("alfa");
            assertThat(m.to().regions()).containsExactly("bravo");
        });
    }

    @Test
    void withRegionAlfaFailedTheInternetGoesToBravo() {
        SimulationResult r = sim.run(Scenario.failing("alfa"));
        AnycastView v = view(r, ANYCAST);
        assertThat(v.reachable()).isTrue();
        assertThat(v.regions()).containsExactly("bravo");
        assertThat(v.clusters()).containsExactly("k8s-bravo");
        assertThat(r.rib("antares")).as("Antares is in region Alfa").isEmpty();
    }

    /** "Addresses announced from only one cluster stay reachable only through its router." */
    @Test
    void alfaOnlyAddressStaysOnAlfaAfterSwitchoverAndIsUnreachableWhenAlfaFails() {
        SimulationResult switched = sim.run(Scenario.BASELINE.withPrepend(
                new PrependOverride("gateway-alfa-unoone", "prpnd_private", 10, 5)));
        AnycastView stays = view(switched, ALFA_ONLY);
        assertThat(stays.reachable()).isTrue();
        assertThat(stays.regions()).containsExactly("alfa");
        assertThat(stays.asPath()).hasSize(7);

        SimulationResult failed = sim.run(Scenario.failing("alfa"));
        AnycastView gone = view(failed, ALFA_ONLY);
        assertThat(gone.reachable()).isFalse();
        assertThat(gone.prefix()).isNull();
        assertThat(failed.changes()).anySatisfy(m -> {
            assertThat(m.prefix().toString()).isEqualTo("203.0.113.65/32");
            assertThat(m.vantage()).isEqualTo("internet");
            assertThat(m.to()).isNull();
        });
    }

    /**
     * The views and changes asked for one viewpoint (what the text report and the designer show)
     * are exactly those of the every-viewpoint lists, computed without the routers' views.
     */
    @Test
    void viewsAndChangesOfSomeViewpointsAreThoseOfTheWholeList() {
        SimulationResult failed = sim.run(Scenario.failing("alfa"));
        assertThat(failed.anycastFromVantages())
                .isNotEmpty()
                .isEqualTo(failed.anycast().stream().filter(v -> v.vantage().equals("internet")).toList());
        assertThat(failed.changesFromVantages())
                .isNotEmpty()
                .isEqualTo(failed.changes().stream().filter(m -> m.vantage().equals("internet")).toList());
        assertThat(failed.changesFrom("gateway-bravo-bissotwo"))
                .isEqualTo(failed.changes().stream().filter(m -> m.vantage().equals("gateway-bravo-bissotwo")).toList());
        assertThat(failed.changesFrom("no-such-router")).isEmpty();
        assertThat(sim.baseline().changesFromVantages()).isEmpty();
    }

    /** The gateways' `network 203.0.113.64/29` has no matching route, so import-check keeps it back. */
    @Test
    void theSlash29IsNotAnnounced() {
        SimulationResult r = sim.baseline();
        RibEntry own = r.rib("gateway-alfa-unoone").orElseThrow().entry("203.0.113.64/29").orElseThrow();
        assertThat(own.best()).isEmpty();
        assertThat(r.rib("internet").orElseThrow().entry("203.0.113.64/29")).isEmpty();
    }

    /** Speaker sessions: MetalLB BFDProfile my-default (300/300/3) and FRR profile t-rex: 0.9 s. Provider sessions: hold time. */
    @Test
    void failoverBudget() {
        FailoverBudget b = sim.baseline().failover("internet").stream().filter(f -> f.serviceIp().equals(ANYCAST))
                .findFirst().orElseThrow();
        assertThat(b.sessions()).extracting(FailoverBudget.SessionBudget::session).containsExactlyInAnyOrder(
                "alfa-speakers/alfa-worker-1", "alfa-speakers/alfa-worker-2", "alfa-provider", "antares-internet");
        for (FailoverBudget.SessionBudget s : b.sessions()) {
            if (s.session().startsWith("alfa-speakers/")) {
                assertThat(s.detection().mechanism()).isEqualTo(Detection.Mechanism.BFD);
                assertThat(s.detection().millis()).isEqualTo(900);
                assertThat(s.detection().seconds()).isEqualTo("0.9 s");
                // 127 rps, the seed's locust run: 0.9 s × 127 = 114.3 → 115 requests.
                assertThat(s.requestsLost(127)).isEqualTo(115);
            } else {
                assertThat(s.detection().mechanism()).isEqualTo(Detection.Mechanism.HOLD_TIMER);
                assertThat(s.detection().millis()).isEqualTo(180_000);
            }
        }
        assertThat(b.sessions()).filteredOn(s -> s.session().equals("alfa-provider")).singleElement()
                .satisfies(s -> assertThat(s.detection().explanation()).contains("neighbor 198.51.100.9 bfd"));
        assertThat(b.worst().orElseThrow().detection().millis()).isEqualTo(180_000);
    }

    @Test
    void sessionsAreAllEstablished() {
        List<SessionState> s = sim.baseline().sessions();
        assertThat(s).extracting(SessionState::id).contains("alfa-speakers/alfa-worker-1", "bravo-speakers/bravo-worker-2",
                "alfa-provider", "betelgeuse-internet");
        assertThat(s).allSatisfy(x -> assertThat(x.up()).as(x.id() + ": " + x.downReason()).isTrue());
        assertThat(s).filteredOn(x -> x.id().startsWith("alfa-speakers")).allSatisfy(x -> assertThat(x.type()).isEqualTo("internal"));
    }

    /** The gateway hears the speakers over iBGP: equal paths, multipath by default, best by lower router-id. */
    @Test
    void gatewayInstallsBothSpeakersAsMultipath() {
        RibEntry e = sim.baseline().rib("gateway-alfa-unoone").orElseThrow().entry("203.0.113.70/32").orElseThrow();
        assertThat(e.best().orElseThrow().fromPeer()).isEqualTo("alfa-worker-1");
        assertThat(e.selectionReason()).isEqualTo("Router ID");
        assertThat(e.multipath()).extracting(BgpPath::fromPeer).containsExactlyInAnyOrder("alfa-worker-1", "alfa-worker-2");
        assertThat(e.best().orElseThrow().localPref()).isEqualTo(100L);
    }
}
