package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.PaletteItem;
import io.peerplan.app.design.Footprint;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's journey for the bundled sample mikrotik-core (seed 002): a RouterOS v6 core router
 * and a MetalLB cluster configured with the legacy ConfigMap, rebuilt from an empty canvas with
 * palette drops, canvas drags, inspector typing, drop-downs, table buttons, the outline and the
 * peering popover only; saved, it validates with the sample's findings and exports its bundle.
 */
class MikrotikCoreJourneyTest extends SampleJourney {
    private static final String SAMPLE = "mikrotik-core";

    @Test
    void theMikrotikCoreIsRebuiltByGesturesAndExportsTheSamplesBundle() throws Exception {
        camera(1, 20, 20);
        design();
        region();
        network(120, 220, "k8s-net", "Kubernetes network", "172.22.35.0/24", "lan", null);
        network(500, 220, "public-net", "Public block", "200.1.154.0/24", "other",
                "The routable block; the pool public is 200.1.154.64/26 inside it.");
        router();
        legacyCluster(320, 320, "k8s", "k8s");
        node("k8s", "kube1", "172.22.35.25", "master", "k8s-net");
        node("k8s", "kube2", "172.22.35.26", "worker", "k8s-net");
        node("k8s", "kube3", "172.22.35.27", "worker", "k8s-net");

        // RouterOS has no listen range: one neighbor per node; eBGP gives the speakers AS 64636 (the router's + 1).
        ebgpPerNode("k8s", "core", "core-kube1", "core-kube2", "core-kube3");
        clickCluster("k8s");
        typeCell("#field-bgp-peers-1-name", "peer1");

        pool("default", "172.22.35.64/26");
        pool("public", "200.1.154.64/26");
        choose("#field-auto-assign", "no");
        advertisements();
        service();

        saveAndCompareWith(SAMPLE);
    }

    /** Nothing selected: the inspector edits the design's name and description. */
    private void design() {
        robot.clickOn(at(900, 600));
        settle();
        setField("field-design-name", SAMPLE);
        setArea("field-design-description", "A MikroTik RouterOS v6 core router (AS 64635) peers over eBGP with the MetalLB "
                + "speakers on three Kubernetes nodes (AS 64636); two pools, one private and one Internet-routable, "
                + "configured with the legacy ConfigMap.");
    }

    private void region() {
        dropFromPalette(PaletteItem.REGION, 60, 52);
        setField("field-id", "site");
        setField("field-name", "Site");
        setField("field-site", "on-premises");
        // Room for the four cards the seed draws in it: the selected region's corner handle, dragged.
        Footprint b = model().diagramProperty().get().region("site").orElseThrow().bounds();
        robot.moveTo(at(b.maxX() - 20, b.maxY() - 20)).moveTo(at(b.maxX(), b.maxY()));
        robot.drag(at(b.maxX(), b.maxY()), MouseButton.PRIMARY).moveTo(at(680, 460)).drop();
        settle();
        assertThat(topology().layout().regions().get("site")).extracting(r -> r.width(), r -> r.height())
                .containsExactly(640.0, 420.0);
    }

    private void router() {
        dropFromPalette(PaletteItem.ROUTEROS_GATEWAY, 320, 100);
        setField("field-id", "core");
        setField("field-name", "core");
        choose("#field-role", "core");
        choose("#field-platform", "routeros-v6");
        setField("field-as-number", "64635");
        setField("field-router-id", "10.45.254.2");
        // The router id sits on a loopback that is on no network of the design.
        clickField("#field-interfaces-add");
        typeCell("#field-interfaces-1-name", "loopback");
        typeCell("#field-interfaces-1-address", "10.45.254.2/32");
        choose("#field-interfaces-1-network", "");
        clickField("#field-interfaces-add");
        typeCell("#field-interfaces-2-name", "bridge-k8s");
        typeCell("#field-interfaces-2-address", "172.22.35.1/24");
        choose("#field-interfaces-2-network", "k8s-net");
        clickField("#field-redistribute-add");
        clickField("#field-redistribute-add");
        setField("field-description", "Core router; /routing bgp instance default.");
        setField("field-host", "172.22.35.1");
        setField("field-user", "admin");
    }

    private void pool(String name, String address) {
        dropOnCard(PaletteItem.ADDRESS_POOL, "k8s");
        setField("field-name", name);
        typeCell("#field-addresses-1-address", address);
        assertThat(robot.lookup("#field-protocol").<javafx.scene.control.ComboBox<String>>query().getValue())
                .as("a pool on a legacy ConfigMap is announced over BGP from the start").isEqualTo("bgp");
    }

    /** The legacy ConfigMap's per-pool bgp-advertisements, as MetalLB's converter names them. */
    private void advertisements() {
        clickCluster("k8s");
        clickField("#field-advertisements-add");
        clickField("#field-advertisements-add");
        typeCell("#field-advertisements-1-name", "bgpadvertisement1");
        typeCell("#field-advertisements-2-name", "bgpadvertisement2");
        advertisement("bgpadvertisement1", "default");
        advertisement("bgpadvertisement2", "public");
    }

    private void advertisement(String name, String pool) {
        clickOutline(name + " · BGPAdvertisement");
        assertSelected("k8s/advertisement/" + name);
        setField("field-aggregation-length", "32");
        setField("field-local-pref", "100");
        clickField("#field-ip-address-pools-add");
        choose("#field-ip-address-pools-1-pool", pool);
    }

    private void service() {
        dropOnCard(PaletteItem.SERVICE, "k8s");
        setField("field-name", "smtp");
        choose("#field-pool", "default");
        setField("field-loadbalancer-ip", "172.22.35.70");
        setField("field-sharing-key", "ekvm");
        choose("#field-traffic-policy", "local");
        setArea("field-endpoint-nodes", "kube2");
        setArea("field-selector", "app=smtp");
        typeCell("#field-ports-1-name", "smtp");
        typeCell("#field-ports-1-port", "25");
        typeCell("#field-ports-1-target-port", "smtp-port");
        typeCell("#field-ports-1-node-port", "25");
    }
}
