package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.metallb.ServiceManifestGenerator;
import io.peerplan.model.Cluster;
import io.peerplan.model.Service;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service's other annotations (seed 000 keeps {@code loadbalancer.openstack.org/class} on its
 * services) are typed in the inspector, one undo step, and land in the exported manifest; a key of
 * MetalLB's own is refused at the field, because the exporter writes those from the pool and IP
 * fields and would overwrite it.
 */
class ServiceAnnotationsTest extends DesignerFxTest {

    @Test
    void annotationsAreTypedRefusedForMetalLbsOwnKeysAndUndone() throws ProjectLoadException {
        open(Samples.load("two-dc-anycast"));
        clickOutline("echo-svc-sameip · 203.0.113.70");
        assertThat(window.inspectorModel().field("Annotations").text()).isEqualTo("loadbalancer.openstack.org/class=non-existent");
        int depth = model().document().undoDepth();

        setArea("field-annotations", "metallb.io/address-pool=other");
        assertThat(window.inspectorModel().field("Annotations").error()).contains("'metallb.io/address-pool' is MetalLB's own");
        assertThat(model().document().undoDepth()).as("refused: nothing applied").isEqualTo(depth);

        setArea("field-annotations", "loadbalancer.openstack.org/class=non-existent\nteam=web");
        assertThat(service().annotations()).isEqualTo(Map.of("loadbalancer.openstack.org/class", "non-existent", "team", "web"));
        assertThat(model().document().undoDepth()).isEqualTo(depth + 1);
        assertThat(ServiceManifestGenerator.service(service(), Cluster.ConfigStyle.CRDS).toString())
                .contains("\"team\":\"web\"", "\"metallb.io/address-pool\":\"anycast-pool\"");

        robot.interact(() -> model().document().undo());
        settle();
        assertThat(service().annotations()).isEqualTo(Map.of("loadbalancer.openstack.org/class", "non-existent"));
    }

    private Service service() {
        return new TopologyIndex(topology()).cluster("k8s-alfa").orElseThrow().services().stream()
                .filter(s -> s.name().equals("echo-svc-sameip")).findFirst().orElseThrow();
    }
}
