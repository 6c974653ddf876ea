package io.peerplan.export.quagga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.peerplan.export.Designs;
import io.peerplan.export.ExportRefusedException;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Quagga cannot do is refused, or left out and listed, as the user chooses (reference.md §3). */
class QuaggaConfigGeneratorTest {
    private final Topology twoDc = Designs.load("two-dc-anycast");
    private final TopologyIndex index = new TopologyIndex(twoDc);

    @Test
    void refusesNamingEverythingQuaggaLacks() {
        ExportRefusedException e = assertThrows(ExportRefusedException.class, () -> QuaggaConfigGenerator.generate(index,
                index.router("gateway-alfa-unoone").orElseThrow(), QuaggaPolicy.REFUSE, List.of()));
        assertThat(e.reasons()).anyMatch(r -> r.contains("BFD profiles and peers"))
                .anyMatch(r -> r.contains("'bgp listen range'"))
                .anyMatch(r -> r.contains("peer-group mks-nodes: BFD"))
                .anyMatch(r -> r.contains("'neighbor X interface eth0'"))
                .allMatch(r -> r.startsWith("gateway-alfa-unoone (Quagga): "));
    }

    @Test
    void omitLeavesItOutAndSaysSo() throws Exception {
        QuaggaConfig q = QuaggaConfigGenerator.generate(index, index.router("gateway-alfa-unoone").orElseThrow(), QuaggaPolicy.OMIT, List.of());
        assertThat(q.bgpdConf()).doesNotContain("bfd").doesNotContain("listen").doesNotContain(" interface ")
                // remote-as internal means the router's own AS, which Quagga can say.
                .contains(" neighbor mks-nodes remote-as 64859\n")
                .contains(" neighbor 198.51.100.9 ebgp-multihop 255\n")
                .contains(" neighbor 198.51.100.9 route-map prpnd_private out\n");
        assertThat(q.omitted()).isNotEmpty().noneMatch(r -> r.contains("remote-as internal"));
        assertThat(q.zebraConf()).contains("ip forwarding\n");
    }

    @Test
    void remoteAsExternalHasNoQuaggaForm() {
        Topology every = Designs.load("every-construct");
        TopologyIndex i = new TopologyIndex(every);
        ExportRefusedException e = assertThrows(ExportRefusedException.class,
                () -> QuaggaConfigGenerator.generate(i, i.router("edge").orElseThrow(), QuaggaPolicy.REFUSE, List.of()));
        assertThat(e.reasons()).anyMatch(r -> r.contains("neighbor 198.18.0.2: 'remote-as external' is FRR-only"));
    }

    @Test
    void seed001RouterNeedsNothingQuaggaLacks() throws Exception {
        Topology homelab = Designs.load("homelab-openwrt-quagga");
        TopologyIndex i = new TopologyIndex(homelab);
        QuaggaConfig q = QuaggaConfigGenerator.generate(i, i.router("openwrt").orElseThrow(), QuaggaPolicy.REFUSE, List.of());
        assertThat(q.omitted()).isEmpty();
        assertThat(q.vtyshCommands()).startsWith("conf t\n").endsWith("exit\nexit\nwrite memory\n");
    }
}
