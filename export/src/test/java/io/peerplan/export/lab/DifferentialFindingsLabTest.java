package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.testlab.Requires;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.NeighborConfig;
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
 * FRR 8.4 rules the differential test ({@link RandomAgreementTest}) found, each on the smallest lab
 * that shows it: the lab must agree with the simulator on every (router, prefix) and session, and
 * FRR's own table must show the rule (as in {@link FrrRulesLabTest}). docs/fidelity.md lists them
 * with their FRR sources and seeds.
 */
@Tag("lab")
@Execution(ExecutionMode.CONCURRENT)
class DifferentialFindingsLabTest {
    static final IpPrefix P = IpPrefix.parse("203.0.113.0/28");
    static final IpPrefix Q = IpPrefix.parse("203.0.113.16/28");
    static final IpPrefix DEFAULT = IpPrefix.parse("0.0.0.0/0");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsRootAndFrr() {
        Requires.nothingMissing(Preflight.report());
    }

    private static AgreementSupport.Outcome agree(FactLab f, String name) {
        AgreementSupport.Outcome o = AgreementSupport.run(f.build(name), Scenario.BASELINE, tmp.resolve(name));
        System.out.print(o.log());
        assertThat(o.comparison().entries()).as("compared entries").isNotEmpty();
        assertThat(o.comparison().disagreements()).as(o.log()).isEmpty();
        assertThat(o.sessionDifferences()).as(o.log()).isEmpty();
        return o;
    }

    private static List<LabRib.Path> paths(AgreementSupport.Outcome o, String router, IpPrefix p) {
        return o.ribs().get(router).routes().get(p);
    }

    private static LabRib.Path best(AgreementSupport.Outcome o, String router, IpPrefix p) {
        return paths(o, router, p).stream().filter(LabRib.Path::best).findFirst()
                .orElseThrow(() -> new AssertionError(router + " has no best path to " + p + "\n" + o.log()));
    }

    /**
     * Random topology 296 of RandomAgreementTest: with {@code bgp deterministic-med} the pass over all paths compares the first group
     * winner with nothing and keeps the reason the group gave (bgp_best_selection: {@code
     * if (new_select == NULL && reason != bgp_path_selection_none)}). x has {@code maximum-paths 1}
     * (no multipath pass, whose comparisons would set the reason again) and every path of a prefix
     * is of one neighbouring AS, so FRR shows "Router ID" (two iBGP paths of Q, originated by i1 and i2)
     * and "Peer Type" (P from a over eBGP and through x2 over iBGP), not "First path received".
     */
    @Test
    void deterministicMedKeepsTheGroupsReason() {
        FactLab f = new FactLab();
        var x = f.router("x", 65010, 9);
        x.deterministicMed = true;
        x.maximumPaths = 1;
        x.maximumPathsIbgp = 1;
        f.router("x2", 65010, 8);
        f.router("a", 65001, 1).networks.add(P);
        f.router("i1", 65010, 3).networks.add(Q);
        f.router("i2", 65010, 4).networks.add(Q);
        f.ebgp("a", "x");
        f.ebgp("a", "x2");
        NeighborConfig internal = NeighborConfig.remoteAs("internal");
        NeighborConfig nextHopSelf = new NeighborConfig("internal", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, true, null, null, null, null);
        f.session("x", "x2", nextHopSelf, nextHopSelf);
        f.session("x", "i1", internal, internal);
        f.session("x", "i2", internal, internal);
        AgreementSupport.Outcome o = agree(f, "dmed-group-reason");
        assertThat(paths(o, "x", Q)).hasSize(2).allMatch(LabRib.Path::valid);
        assertThat(best(o, "x", Q).reason()).isEqualTo("Router ID");
        assertThat(paths(o, "x", P)).hasSize(2).allMatch(LabRib.Path::valid);
        assertThat(best(o, "x", P).internal()).isFalse();
        assertThat(best(o, "x", P).reason()).isEqualTo("Peer Type");
    }

    /**
     * Random topology 611 of RandomAgreementTest: with {@code ip nht resolve-via-default} an iBGP path to 0.0.0.0/0 itself resolves
     * through the default another path installed (zebra_rnh_resolve_nexthop_entry). a2 hears the
     * default from c (eBGP, installed) and from a1 (iBGP, b's address as next hop, which only the
     * default covers): both are valid and c's wins by "Peer Type". a1, without the line, keeps a2's
     * path to the default invalid.
     */
    @Test
    void anIbgpDefaultResolvesThroughTheDefaultAnotherPathInstalled() {
        FactLab f = new FactLab();
        f.router("a1", 65001, 1);
        f.router("a2", 65001, 2).nhtResolveViaDefault = true;
        f.router("b", 65002, 4);
        f.router("c", 65003, 5);
        f.session("a1", "b", NeighborConfig.remoteAs("65002"), NeighborConfig.remoteAs("65001").withDefaultOriginate(true));
        f.session("c", "a2", NeighborConfig.remoteAs("65001").withDefaultOriginate(true), NeighborConfig.remoteAs("65003"));
        NeighborConfig internal = NeighborConfig.remoteAs("internal");
        f.session("a1", "a2", internal, internal);
        AgreementSupport.Outcome o = agree(f, "default-via-default");
        assertThat(paths(o, "a2", DEFAULT)).hasSize(2).allMatch(LabRib.Path::valid);
        assertThat(best(o, "a2", DEFAULT).internal()).isFalse();
        assertThat(best(o, "a2", DEFAULT).reason()).isEqualTo("Peer Type");
        assertThat(paths(o, "a1", DEFAULT)).as("a1 without resolve-via-default").hasSize(2)
                .filteredOn(LabRib.Path::internal).noneMatch(LabRib.Path::valid);
    }
}
