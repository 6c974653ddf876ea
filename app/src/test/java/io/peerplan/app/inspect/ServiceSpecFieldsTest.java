package io.peerplan.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service's ports, selector and assigned IPs, which its manifest and the bundle's header carry,
 * are edited in the inspector: a port row is added valid and each cell is checked as Kubernetes
 * checks it before anything is applied.
 */
class ServiceSpecFieldsTest {
    private static final String NGINX = "homelab-k8s/service/default/nginx-lb";

    private static FieldSpec field(String label) {
        return ServiceSpecFields.of(NGINX).stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    private static Service nginx(Topology t) {
        return t.clusters().getFirst().services().getFirst();
    }

    @Test
    void portsAreAddedValidAndCheckedCellByCell() throws ProjectLoadException {
        Topology t = Samples.load("homelab-openwrt-quagga");
        TableSpec ports = field("Ports").table();
        assertThat(ports.rows(t)).containsExactly(java.util.List.of("", "8080", "80", "TCP", "30381"));
        Topology added = ports.add(t);
        assertThat(nginx(added).ports()).last().isEqualTo(new Service.Port(null, 8081, null, "TCP", null));

        Topology edited = ports.setCell(added, 1, 2, "http");
        edited = ports.setCell(edited, 1, 0, "web");
        edited = ports.setCell(edited, 1, 4, "30080");
        assertThat(nginx(edited).ports()).last().isEqualTo(new Service.Port("web", 8081, "http", "TCP", 30080));

        assertThatThrownBy(() -> ports.setCell(added, 1, 1, "8080")).as("two rows, one port").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ports.setCell(added, 1, 1, "70000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ports.setCell(added, 1, 2, "-x")).hasMessageContaining("neither a port");
        assertThatThrownBy(() -> ports.setCell(added, 1, 3, "QUIC")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSelectorAndTheAssignedIpsAreWrittenToTheService() throws ProjectLoadException {
        Topology t = Samples.load("homelab-openwrt-quagga");
        assertThat(field("Selector").read().apply(t)).isEqualTo("app=nginx");
        assertThat(field("Assigned IPs").read().apply(t)).isEqualTo("192.168.0.30");
        Topology edited = field("Selector").write().apply(t, "tier=web\napp=shop");
        edited = field("Assigned IPs").write().apply(edited, "192.168.0.32, 192.168.0.33");
        assertThat(nginx(edited).selector()).isEqualTo(Map.of("app", "shop", "tier", "web"));
        assertThat(nginx(edited).assignedIPs()).containsExactly("192.168.0.32", "192.168.0.33");
        assertThatThrownBy(() -> field("Selector").write().apply(t, "=web")).hasMessageContaining("no label key");
    }
}
