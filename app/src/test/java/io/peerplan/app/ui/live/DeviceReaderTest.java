package io.peerplan.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.export.push.CancelToken;
import io.peerplan.export.push.Endpoint;
import io.peerplan.export.push.ExecResult;
import io.peerplan.export.push.RemoteHost;
import io.peerplan.export.push.SshConnector;
import io.peerplan.model.Management;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Refresh from devices" logs in as a push does: a router whose management address no device can
 * have (the two-DC sample's gateways: TEST-NET-2 and RFC 2544 benchmarking) is refused with the
 * reason and never connected to; a usable one gets the push's vtysh command line with its prefix.
 */
class DeviceReaderTest {
    private final List<Endpoint> connected = new ArrayList<>();
    private final List<String> commands = new ArrayList<>();

    private final SshConnector recorder = (endpoint, cancel) -> {
        connected.add(endpoint);
        return new RemoteHost() {
            @Override
            public ExecResult exec(String commandLine, Duration timeout, CancelToken c) {
                commands.add(commandLine);
                return new ExecResult(0, "{\"ipv4Unicast\":{}}\n", "");
            }

            @Override
            public void upload(String remotePath, byte[] content, Duration timeout, CancelToken c) {
                throw new AssertionError("a refresh uploads nothing");
            }

            @Override
            public boolean isConnected() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    };

    private static Router gateway(String id) throws Exception {
        Topology t = Samples.load("two-dc-anycast");
        return t.routers().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theSamplesGatewaysAreRefusedWithTheirBlockAndNeverConnectedTo() {
        DeviceReader reader = DeviceReader.through(() -> recorder);

        assertThatThrownBy(() -> reader.summaryJson(gateway("gateway-bravo-bissotwo"))).isInstanceOf(IOException.class)
                .hasMessageContaining("management.host 198.19.51.230 is in 198.18.0.0/15")
                .hasMessageContaining("benchmarking network devices (RFC 2544)");
        assertThatThrownBy(() -> reader.summaryJson(gateway("gateway-alfa-unoone"))).isInstanceOf(IOException.class)
                .hasMessageContaining("management.host 198.51.100.14 is in 198.51.100.0/24")
                .hasMessageContaining("TEST-NET-2");
        assertThat(connected).isEmpty();
        assertThat(commands).isEmpty();
    }

    @Test
    void aUsableAddressIsReadWithThePushsCommandLine() throws Exception {
        Router alfa = gateway("gateway-alfa-unoone");
        Router reachable = alfa.withManagement(new Management("127.0.0.1", 2222, "almalinux", "sudo -n", null));

        String json = DeviceReader.through(() -> recorder).summaryJson(reachable);

        assertThat(json).contains("ipv4Unicast");
        assertThat(connected).singleElement().satisfies(e -> assertThat(e.display()).isEqualTo("almalinux@127.0.0.1:2222"));
        assertThat(commands).containsExactly("sudo -n vtysh -c 'show bgp ipv4 unicast summary json'");
    }
}
