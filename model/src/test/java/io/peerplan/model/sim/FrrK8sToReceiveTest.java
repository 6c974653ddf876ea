package io.peerplan.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Speaker;
import io.peerplan.model.ToReceive;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * frr-k8s's {@code toReceive} on two-dc-anycast's k8s-alfa: gateway-alfa-unoone sends the nodes its
 * default route (from the provider) over iBGP. Without toReceive the nodes' FRR denies it, as
 * MetalLB's does; with {@code mode: all} or a selector matching 0.0.0.0/0 it is in their tables;
 * MetalLB and Cilium clusters ignore the field.
 */
class FrrK8sToReceiveTest {
    private static final String DEFAULT = "0.0.0.0/0";

    private static Topology alfa(Speaker speaker, UnaryOperator<BgpPeer> edit) throws Exception {
        Topology t = Samples.load("two-dc-anycast");
        return t.withClusters(t.clusters().stream().map(c -> !c.id().equals("k8s-alfa") ? c
                : c.withSpeaker(speaker).withMetallb(c.metallb().withPeers(c.metallb().peers().stream().map(edit).toList()))).toList());
    }

    private static Rib worker(Topology t) {
        return Simulator.run(t, Scenario.BASELINE).rib("alfa-worker-1").orElseThrow();
    }

    @Test
    void withoutToReceiveTheNodeHoldsOnlyWhatItAnnounces() throws Exception {
        Rib rib = worker(alfa(Speaker.FRR_K8S, p -> p));
        assertThat(rib.entry(DEFAULT)).isEmpty();
        assertThat(rib.entries().values()).allSatisfy(e -> assertThat(e.best().orElseThrow().isLocal()).isTrue());
    }

    @Test
    void modeAllPutsTheGatewaysRoutesInTheNodesTable() throws Exception {
        Rib rib = worker(alfa(Speaker.FRR_K8S, p -> p.withToReceive(new ToReceive(ToReceive.ALL, List.of()))));
        RibEntry e = rib.entry(DEFAULT).orElseThrow();
        assertThat(e.candidates()).singleElement().satisfies(p -> {
            assertThat(p.fromPeer()).isEqualTo("gateway-alfa-unoone");
            assertThat(p.asPath()).containsExactly(65101L);
        });
    }

    @Test
    void aSelectorLetsThroughWhatItMatchesOnly() throws Exception {
        ToReceive exact = new ToReceive(ToReceive.FILTERED, List.of(new ToReceive.Selector(DEFAULT, null, null)));
        assertThat(worker(alfa(Speaker.FRR_K8S, p -> p.withToReceive(exact))).entry(DEFAULT)).isPresent();
        ToReceive elsewhere = new ToReceive(ToReceive.FILTERED, List.of(new ToReceive.Selector("10.0.0.0/8", 32, 8)));
        assertThat(worker(alfa(Speaker.FRR_K8S, p -> p.withToReceive(elsewhere))).entry(DEFAULT)).isEmpty();
    }

    @Test
    void metalLbAndCiliumIgnoreIt() throws Exception {
        UnaryOperator<BgpPeer> all = p -> p.withToReceive(new ToReceive(ToReceive.ALL, List.of()));
        assertThat(worker(alfa(Speaker.METALLB, all)).entry(DEFAULT)).isEmpty();
        assertThat(worker(alfa(Speaker.CILIUM, all)).entry(DEFAULT)).isEmpty();
    }

    @Test
    void whatTheNodeLearnsChangesNoPlacement() throws Exception {
        Topology before = alfa(Speaker.FRR_K8S, p -> p);
        Topology after = alfa(Speaker.FRR_K8S, p -> p.withToReceive(new ToReceive(ToReceive.ALL, List.of())));
        assertThat(Simulator.run(after, Scenario.BASELINE).anycast("internet"))
                .isEqualTo(Simulator.run(before, Scenario.BASELINE).anycast("internet"));
    }
}
