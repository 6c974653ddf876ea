package io.peerplan.export.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.RouterExporters;
import io.peerplan.model.Management;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The push plan and the push engine agree on which platforms can be pushed: a platform whose
 * exporter offers push reaches its {@link DeviceDriver} (here up to the connection, refused by a
 * connector that connects nowhere), and one whose exporter does not is planned as unsupported and
 * never started.
 */
class PushDriversTest {

    @ParameterizedTest
    @EnumSource(value = Platform.class, names = "EXTERNAL", mode = EnumSource.Mode.EXCLUDE)
    void aPushablePlatformHasADriverAndTheOthersAreNeverStarted(Platform p) throws Exception {
        Topology two = Samples.load("two-dc-anycast");
        Router gateway = two.routers().stream().filter(r -> r.management() != null).findFirst().orElseThrow();
        List<Router> routers = new ArrayList<>(two.routers());
        // Loopback: the test connector never opens a connection anyway.
        Management local = new Management("127.0.0.1", null, "peerplan", null, null);
        routers.replaceAll(r -> r == gateway ? r.withPlatform(p).withManagement(local) : r);
        Topology t = two.withRouters(routers);
        List<String> connected = new ArrayList<>();
        SshConnector nowhere = (endpoint, cancel) -> {
            connected.add(endpoint.host());
            throw new PushFailure(PushFailure.Kind.CONNECT_FAILED, "test connector: no connection");
        };

        PushPlan plan = PushPlan.of(t, Set.of(gateway.id()));
        DeviceReport r = new PushRunner(t, nowhere, (tp, rt) -> "router bgp 1\n", null, PushOptions.DEFAULTS, PushListener.NONE)
                .withQuagga((tp, rt) -> new QuaggaCandidate("hostname q\n", "router bgp 1\n"))
                .run(plan, new CancelToken()).devices().getFirst();

        if (RouterExporters.of(p).pushUnavailable().isEmpty()) {
            assertThat(r.reason()).as(r.summary()).contains("no connection").doesNotContain("no push driver");
            assertThat(connected).hasSize(1);
        } else {
            assertThat(r.outcome()).isEqualTo(DeviceOutcome.NOT_SUPPORTED);
            assertThat(r.reason()).isEqualTo(RouterExporters.of(p).pushUnavailable().get());
            assertThat(connected).isEmpty();
        }
    }
}
