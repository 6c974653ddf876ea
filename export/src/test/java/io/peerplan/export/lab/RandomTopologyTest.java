package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Peering;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SimulationResult;
import io.peerplan.model.sim.Simulator;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated topologies: reproducible per seed, valid project files, plannable as labs, and varied. */
class RandomTopologyTest {
    @Test
    void sameSeedSameTopologyAndItRoundTripsThroughTheProjectFormat() throws Exception {
        for (long seed = 1; seed <= 25; seed++) {
            Topology t = RandomTopology.generate(seed);
            assertThat(ProjectCodec.write(t)).isEqualTo(ProjectCodec.write(RandomTopology.generate(seed)));
            Topology back = ProjectCodec.read("seed " + seed, ProjectCodec.write(t).getBytes());
            assertThat(ProjectCodec.write(back)).isEqualTo(ProjectCodec.write(t));
            LabPlan plan = new LabPlanner().plan(t, "abcdef", "seed " + seed);
            assertThat(plan.sessions()).as("seed %d", seed).isNotEmpty();
        }
    }

    /**
     * Over the first 60 seeds the generator uses everything the differential test is meant to
     * cover, and enough seeds qualify (converge, no arrival-order race) for the lab runs.
     */
    @Test
    void theSeedsCoverWhatTheDifferentialTestIsFor() {
        Set<String> seen = new HashSet<>();
        int qualifying = 0;
        int minRouters = Integer.MAX_VALUE;
        int maxRouters = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Topology t = RandomTopology.generate(seed);
            minRouters = Math.min(minRouters, t.routers().size());
            maxRouters = Math.max(maxRouters, t.routers().size());
            for (Router r : t.routers()) {
                features(r, seen);
            }
            for (Peering p : t.peerings()) {
                for (Peering.End e : new Peering.End[] {p.a(), p.b()}) {
                    NeighborConfig c = e.config();
                    if (c.allowasIn() != null) {
                        seen.add("allowas-in");
                    }
                    if (Boolean.TRUE.equals(c.defaultOriginate())) {
                        seen.add("default-originate");
                    }
                    if (c.peerGroup() != null) {
                        seen.add("peer-group");
                    }
                    if (e.listenRange()) {
                        seen.add("listen range");
                    }
                }
            }
            SimulationResult r = Simulator.run(t, Scenario.BASELINE);
            if (r.converged() && ArrivalOrder.sensitive(t, r).isEmpty()) {
                qualifying++;
            }
        }
        assertThat(minRouters).isGreaterThanOrEqualTo(3);
        assertThat(maxRouters).isLessThanOrEqualTo(12).isGreaterThanOrEqualTo(8);
        assertThat(seen).contains("allowas-in", "default-originate", "peer-group", "listen range", "4-byte AS",
                "public AS", "private AS", "static default", "nht resolve-via-default", "network without route",
                "blackhole", "set origin", "set community", "match community", "deny entry", "prepend", "set metric",
                "set local-preference", "set weight", "as-path multipath-relax", "med missing-as-worst",
                "peer-type multipath-relax", "as-path ignore", "always-compare-med", "deterministic-med",
                "maximum-paths");
        assertThat(qualifying).as("qualifying seeds of 60").isGreaterThanOrEqualTo(12);
    }

    private static void features(Router r, Set<String> seen) {
        long asn = r.asn().value();
        seen.add(asn > 65535 ? "4-byte AS" : "2-byte AS");
        seen.add(asn >= 64512 && asn <= 65534 || asn >= 4_200_000_000L ? "private AS" : "public AS");
        var b = r.bgp();
        flag(seen, b.asPathMultipathRelax(), "as-path multipath-relax");
        flag(seen, b.medMissingAsWorst(), "med missing-as-worst");
        flag(seen, b.peerTypeMultipathRelax(), "peer-type multipath-relax");
        flag(seen, b.asPathIgnore(), "as-path ignore");
        flag(seen, b.alwaysCompareMed(), "always-compare-med");
        flag(seen, Boolean.TRUE.equals(b.deterministicMed()), "deterministic-med");
        flag(seen, b.maximumPaths() != null || b.maximumPathsIbgp() != null, "maximum-paths");
        flag(seen, b.nhtResolveViaDefault(), "nht resolve-via-default");
        r.staticRoutes().forEach(s -> {
            flag(seen, s.prefix().length() == 0, "static default");
            flag(seen, s.blackhole(), "blackhole");
        });
        r.networks().forEach(n -> flag(seen,
                r.staticRoutes().stream().noneMatch(s -> s.prefix().equals(n)), "network without route"));
        for (RouteMap m : r.routeMaps()) {
            for (RouteMap.Entry e : m.entries()) {
                flag(seen, e.action() == io.peerplan.model.Action.DENY, "deny entry");
                flag(seen, e.match().community() != null, "match community");
                RouteMap.Set s = e.set();
                flag(seen, s.origin() != null, "set origin");
                flag(seen, !s.communities().isEmpty(), "set community");
                flag(seen, !s.asPathPrepend().isEmpty(), "prepend");
                flag(seen, s.med() != null, "set metric");
                flag(seen, s.localPreference() != null, "set local-preference");
                flag(seen, s.weight() != null, "set weight");
            }
        }
    }

    private static void flag(Set<String> seen, boolean on, String what) {
        if (on) {
            seen.add(what);
        }
    }
}
