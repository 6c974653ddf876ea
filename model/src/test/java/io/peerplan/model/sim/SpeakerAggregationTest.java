package io.peerplan.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Speaker;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import org.junit.jupiter.api.Test;

/**
 * two-dc-anycast's k8s-alfa with {@code aggregationLength: 29} on its advertisement: MetalLB and
 * frr-k8s announce the pool's /29, Cilium (no aggregation in its v2 advertisement) the service /32s.
 */
class SpeakerAggregationTest {

    private static Rib worker(Speaker speaker) throws Exception {
        Topology t = Samples.load("two-dc-anycast");
        Topology agg = t.withClusters(t.clusters().stream().map(c -> !c.id().equals("k8s-alfa") ? c
                : c.withSpeaker(speaker).withMetallb(c.metallb().withAdvertisements(c.metallb().advertisements().stream()
                        .map(a -> a.withAggregationLength(29)).toList()))).toList());
        return Simulator.run(agg, Scenario.BASELINE).rib("alfa-worker-1").orElseThrow();
    }

    @Test
    void metalLbAndFrrK8sAggregate() throws Exception {
        for (Speaker s : new Speaker[] {Speaker.METALLB, Speaker.FRR_K8S}) {
            Rib rib = worker(s);
            assertThat(rib.entry("203.0.113.64/29")).as(s.id()).isPresent();
            assertThat(rib.entry("203.0.113.65/32")).as(s.id()).isEmpty();
        }
    }

    @Test
    void ciliumAnnouncesHostRoutes() throws Exception {
        Rib rib = worker(Speaker.CILIUM);
        assertThat(rib.entry("203.0.113.64/29")).isEmpty();
        assertThat(rib.entry("203.0.113.65/32")).isPresent();
        assertThat(rib.entry("203.0.113.70/32")).isPresent();
    }
}
