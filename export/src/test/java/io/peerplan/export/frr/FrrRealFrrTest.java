package io.peerplan.export.frr;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.Designs;
import io.peerplan.export.RealFrr;
import io.peerplan.export.ScratchFrr;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated frr.conf against real FRR 8.4: every router and vantage of every design passes
 * {@code vtysh -C -f}; and once loaded into real daemons, {@code frr-reload.py} finds nothing to
 * change but {@code ip forwarding} (and the namespace's hostname), i.e. the text is vtysh's own form.
 */
class FrrRealFrrTest {
    @TempDir
    Path dir;

    static Stream<Arguments> everySpeaker() {
        List<Arguments> out = new ArrayList<>();
        for (String design : Designs.names()) {
            Topology t = Designs.load(design);
            t.routers().forEach(r -> out.add(Arguments.of(design, r.id())));
            t.vantages().forEach(v -> out.add(Arguments.of(design, v.id())));
        }
        return out.stream();
    }

    static String render(String design, String id) {
        Topology t = Designs.load(design);
        TopologyIndex index = new TopologyIndex(t);
        return index.router(id).map(r -> FrrConfigGenerator.generate(t, r))
                .orElseGet(() -> FrrConfigGenerator.generate(t, index.vantage(id).orElseThrow()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everySpeaker")
    void vtyshAcceptsEveryLine(String design, String id) throws Exception {
        Requires.vtysh();
        Path conf = Files.writeString(dir.resolve(id + ".conf"), render(design, id));
        RealFrr.Run run = RealFrr.dryRun(conf);
        assertThat(run.stderr()).as("vtysh -C -f complaints").isEmpty();
        assertThat(run.exit()).as("vtysh -C -f exit code").isZero();
    }

    static Stream<Arguments> loaded() {
        return Stream.of(Arguments.of("two-dc-anycast", "gateway-alfa-unoone"), Arguments.of("two-dc-anycast", "antares"),
                Arguments.of("every-construct", "edge"), Arguments.of("homelab-openwrt-quagga", "openwrt"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("loaded")
    void runningConfigMatchesTheFile(String design, String id) throws Exception {
        Requires.frrRouters();
        Path conf = Files.writeString(dir.resolve(id + ".conf"), render(design, id));
        String running;
        try (ScratchFrr frr = ScratchFrr.start(Integer.toHexString(id.hashCode()), dir)) {
            frr.load(conf);
            running = frr.runningConfig();
        }
        Path runningFile = Files.writeString(dir.resolve(id + ".running"), running);
        RealFrr.Run diff = RealFrr.reloadTest(runningFile, conf, dir);
        assertThat(diff.exit()).as(diff.stdout() + diff.stderr()).isZero();
        // FRR never prints "ip forwarding" (or "ipv6 forwarding") while forwarding is on, and the
        // namespace's daemons report the machine's hostname (FRR issue 7583); nothing else may differ.
        assertThat(RealFrr.changedLines(diff.stdout()))
                .as("frr-reload.py --test --input RUNNING FILE\n" + diff.stdout())
                .allMatch(l -> l.equals("ip forwarding") || l.equals("ipv6 forwarding") || l.contains("hostname "));
    }
}
