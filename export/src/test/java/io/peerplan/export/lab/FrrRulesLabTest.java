package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.testlab.Requires;
import io.peerplan.model.Action;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.RouteMap;
import io.peerplan.model.RouteOrigin;
import io.peerplan.model.StaticRoute;
import io.peerplan.model.Topology;
import io.peerplan.model.sim.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * FRR 8.4 rules the simulator follows, each on a small lab of real FRR: the lab must agree with
 * the simulator on every (router, prefix) and every session, and FRR's own table must show the
 * rule (so a simulator that merely agreed with a wrong expectation, or an FRR that behaved
 * otherwise, fails here). docs/fidelity.md lists them with their FRR sources.
 */
@Tag("lab")
@Execution(ExecutionMode.CONCURRENT)
class FrrRulesLabTest {
    static final IpPrefix P = IpPrefix.parse("203.0.113.0/28");
    static final IpPrefix Q = IpPrefix.parse("203.0.113.16/28");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsRootAndFrr() {
        Requires.nothingMissing(Preflight.report());
    }

    private static AgreementSupport.Outcome agree(Topology t) {
        AgreementSupport.Outcome o = AgreementSupport.run(t, Scenario.BASELINE, tmp.resolve(t.name()));
        System.out.print(o.log());
        assertThat(o.comparison().entries()).as("compared entries").isNotEmpty();
        assertThat(o.comparison().disagreements()).as(o.log()).isEmpty();
        assertThat(o.sessionDifferences()).as(o.log()).isEmpty();
        return o;
    }

    private static LabRib.Path best(AgreementSupport.Outcome o, String router, IpPrefix p) {
        return o.ribs().get(router).best(p).orElseThrow(() -> new AssertionError(router + " has no best path to " + p
                + "\n" + o.log()));
    }

    /**
     * zebra resolves a BGP next hop through a default route only with {@code ip nht
     * resolve-via-default} (zebra_rnh_resolve_nexthop_entry, zebra/zebra_rnh.c): a1 passes b's path
     * to a2 and a3 over iBGP with b's address as next hop; both have a static default towards a1,
     * only a2 has the line, so only a2's path is valid.
     */
    @Test
    void nextHopsResolveThroughADefaultRouteOnlyWithResolveViaDefault() {
        FactLab f = new FactLab();
        f.router("a1", 65001, 1);
        var a2 = f.router("a2", 65001, 2);
        var a3 = f.router("a3", 65001, 3);
        f.router("b", 65002, 4).networks.add(P);
        f.ebgp("a1", "b");
        NeighborConfig internal = NeighborConfig.remoteAs("internal");
        f.session("a1", "a2", internal, internal);
        f.session("a1", "a3", internal, internal);
        a2.statics.add(new StaticRoute(IpPrefix.parse("0.0.0.0/0"), f.address("a1", "a2"), null, false, null));
        a3.statics.add(new StaticRoute(IpPrefix.parse("0.0.0.0/0"), f.address("a1", "a3"), null, false, null));
        a2.nhtResolveViaDefault = true;
        AgreementSupport.Outcome o = agree(f.build("nht-default"));
        assertThat(best(o, "a2", P).nextHop()).isEqualTo(f.address("b", "a1"));
        assertThat(o.ribs().get("a3").best(P)).as("a3 without resolve-via-default").isEmpty();
        assertThat(o.ribs().get("a3").routes().get(P)).as("a3 keeps the path, invalid").hasSize(1)
                .allMatch(x -> !x.valid());
    }

    /**
     * FRR sends a path back to the neighbor it came from (subgroup_announce_check holds it back only
     * for a {@code neighbor X solo} peer); with {@code allowas-in} the sender accepts the echo of its
     * own prefix and of what it passed on, so its tables hold two paths ("Weight", "AS Path").
     */
    @Test
    void anEchoComesBackAndAllowasInKeepsIt() {
        FactLab f = new FactLab();
        f.router("x", 65010, 5).networks.add(Q);
        f.router("y", 65020, 6);
        f.router("w", 65040, 7).networks.add(P);
        NeighborConfig allowas = new NeighborConfig("65020", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, 1, null, null, null, null, null, null);
        f.session("x", "y", allowas, NeighborConfig.remoteAs("65010"));
        f.ebgp("x", "w");
        AgreementSupport.Outcome o = agree(f.build("echo-allowas-in"));
        assertThat(o.ribs().get("x").routes().get(Q)).as("x's own prefix and its echo").hasSize(2);
        assertThat(best(o, "x", Q).reason()).isEqualTo("Weight");
        assertThat(o.ribs().get("x").routes().get(P)).as("w's prefix and its echo through y").hasSize(2);
        assertThat(best(o, "x", P).reason()).isEqualTo("AS Path");
        assertThat(o.ribs().get("w").routes().get(P)).as("w has no allowas-in: its echo is dropped").hasSize(1);
    }

    /** {@code set origin} (route_set_origin) decides at the Origin step: IGP before EGP before incomplete. */
    @Test
    void setOriginDecidesAtTheOriginStep() {
        FactLab f = new FactLab();
        f.router("x", 65010, 9);
        var a = f.router("a", 65001, 1);
        var b = f.router("b", 65002, 2);
        a.networks.addAll(List.of(P, Q));
        b.networks.addAll(List.of(P, Q));
        a.policies.routeMap("to-x", List.of(entry(10, a.policies.exactly(P), set(null, RouteOrigin.INCOMPLETE))));
        b.policies.routeMap("to-x", List.of(entry(10, b.policies.exactly(Q), set(null, RouteOrigin.EGP))));
        int ax = f.ebgp("a", "x");
        int bx = f.ebgp("b", "x");
        Topology t = withRouteMapOut(f.build("set-origin"), List.of(ax, bx), "to-x");
        AgreementSupport.Outcome o = agree(t);
        assertThat(best(o, "x", P).asPath()).containsExactly(65002L);
        assertThat(best(o, "x", P).reason()).isEqualTo("Origin");
        assertThat(best(o, "x", Q).asPath()).containsExactly(65001L);
        assertThat(best(o, "x", Q).reason()).isEqualTo("Origin");
    }

    /**
     * {@code bgp bestpath as-path multipath-relax}: paths of equal length from different
     * neighbouring ASes share the multipath set (x), which they do not without it (x2).
     */
    @Test
    void asPathMultipathRelaxMixesNeighbouringAses() {
        FactLab f = new FactLab();
        f.router("x", 65010, 9).asPathMultipathRelax = true;
        f.router("x2", 65030, 8);
        f.router("a", 65001, 1).networks.add(P);
        f.router("b", 65002, 2).networks.add(P);
        f.ebgp("a", "x");
        f.ebgp("b", "x");
        f.ebgp("a", "x2");
        f.ebgp("b", "x2");
        AgreementSupport.Outcome o = agree(f.build("multipath-relax"));
        assertThat(LabComparison.multipath(o.ribs().get("x").routes().get(P))).hasSize(2);
        assertThat(LabComparison.multipath(o.ribs().get("x2").routes().get(P))).isEmpty();
    }

    /**
     * {@code bgp bestpath med missing-as-worst} (bgp_med_value): a path without MED loses to one
     * with MED 100 at x, and wins at x2 which counts a missing MED as 0. (A {@code network} route
     * carries MED 0, so the path without MED is one o2 passes on from z: MED is not passed on
     * to another AS. o1 prepends once to make the lengths equal.)
     */
    @Test
    void missingMedIsWorstOnlyWithMissingAsWorst() {
        AgreementSupport.Outcome o = agree(twoObservers("med-missing-as-worst", x -> x.medMissingAsWorst = true, 65001,
                new RouteMap.Set(List.of(65001L), 100L, null, null, false, null, null)));
        assertThat(best(o, "x", P).med()).isEqualTo(100L);
        assertThat(best(o, "x", P).reason()).isEqualTo("MED");
        assertThat(best(o, "x2", P).med()).isNull();
        assertThat(best(o, "x2", P).asPath()).containsExactly(65001L, 65005L);
        assertThat(best(o, "x2", P).reason()).isEqualTo("MED");
    }

    /**
     * {@code bgp bestpath as-path ignore}: a prepended path from the lower router-id wins at x by
     * Router ID, while x2 prefers the shorter path ("AS Path").
     */
    @Test
    void asPathIgnoreSkipsTheLengthStep() {
        AgreementSupport.Outcome o = agree(twoObservers("as-path-ignore", x -> x.asPathIgnore = true, 65002,
                new RouteMap.Set(List.of(65001L, 65001L), null, null, null, false, null, null)));
        assertThat(best(o, "x", P).asPath()).hasSize(3);
        assertThat(best(o, "x", P).reason()).isEqualTo("Router ID");
        assertThat(best(o, "x2", P).asPath()).containsExactly(65002L);
        assertThat(best(o, "x2", P).reason()).isEqualTo("AS Path");
    }

    /**
     * x (AS 65010, with {@code knob}) and x2 (AS 65030, without) each hear P from o1 (AS 65001,
     * router-id 10.0.0.1, sending it through a route map with {@code onO1}) and from o2 (AS
     * {@code o2As}, router-id 10.0.0.2). When o2 is in o1's AS it passes P on from z (AS 65005)
     * instead of originating it.
     */
    private static Topology twoObservers(String name, java.util.function.Consumer<RandomTopology.RouterDraft> knob,
            long o2As, RouteMap.Set onO1) {
        FactLab f = new FactLab();
        knob.accept(f.router("x", 65010, 9));
        f.router("x2", 65030, 8);
        var o1 = f.router("o1", 65001, 1);
        o1.networks.add(P);
        var o2 = f.router("o2", o2As, 2);
        if (o2As == 65001) {
            f.router("z", 65005, 3).networks.add(P);
            f.ebgp("z", "o2");
        } else {
            o2.networks.add(P);
        }
        o1.policies.routeMap("out", List.of(entry(10, o1.policies.exactly(P), onO1)));
        List<Integer> fromO1 = List.of(f.ebgp("o1", "x"), f.ebgp("o1", "x2"));
        f.ebgp("o2", "x");
        f.ebgp("o2", "x2");
        return withRouteMapOut(f.build(name), fromO1, "out");
    }

    /**
     * {@code bgp bestpath peer-type multipath-relax}: eBGP still beats iBGP ("Peer Type"), but an
     * iBGP path with the same AS path joins x's multipath set; x2 keeps the eBGP path alone.
     */
    @Test
    void peerTypeMultipathRelaxLetsAnIbgpPathJoinTheSet() {
        FactLab f = new FactLab();
        f.router("x", 65010, 9).peerTypeMultipathRelax = true;
        f.router("x2", 65010, 8);
        f.router("a1", 65001, 1).networks.add(P);
        f.router("a2", 65001, 2).networks.add(P);
        f.ebgp("a1", "x");
        f.ebgp("a2", "x2");
        NeighborConfig internal = new NeighborConfig("internal", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, true, null, null, null, null);
        f.session("x", "x2", internal, internal);
        AgreementSupport.Outcome o = agree(f.build("peer-type-relax"));
        assertThat(best(o, "x", P).internal()).isFalse();
        assertThat(best(o, "x", P).reason()).isEqualTo("Peer Type");
        assertThat(LabComparison.multipath(o.ribs().get("x").routes().get(P))).hasSize(2);
        assertThat(best(o, "x2", P).reason()).isEqualTo("Peer Type");
        assertThat(LabComparison.multipath(o.ribs().get("x2").routes().get(P))).isEmpty();
    }

    private static RouteMap.Entry entry(int seq, String prefixList, RouteMap.Set set) {
        return new RouteMap.Entry(seq, Action.PERMIT, null, new RouteMap.Match(prefixList, null), set);
    }

    private static RouteMap.Set set(Long med, RouteOrigin origin) {
        return new RouteMap.Set(null, med, null, null, false, null, origin);
    }

    /** The topology with route-map {@code map} outbound on the first end of the given peerings. */
    private static Topology withRouteMapOut(Topology t, List<Integer> peerings, String map) {
        List<io.peerplan.model.Peering> ps = new java.util.ArrayList<>(t.peerings());
        for (int i : peerings) {
            var p = ps.get(i);
            var a = p.a();
            ps.set(i, new io.peerplan.model.Peering(p.id(), new io.peerplan.model.Peering.End(a.element(), a.peerAddress(),
                    a.listenRange(), a.config().withRouteMapOut(map), a.bgpPeer()), p.b(), p.description()));
        }
        return new Topology(t.schemaVersion(), t.name(), t.description(), t.regions(), t.networks(), t.routers(),
                t.vantages(), t.clusters(), ps, t.layout());
    }
}
