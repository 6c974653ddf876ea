package io.peerplan.app.ui.fx;

import io.peerplan.app.design.PaletteItem;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's journey for the bundled sample homelab-openwrt-quagga (seed 001): rebuilt from an
 * empty canvas with palette drops, canvas drags, inspector typing, drop-downs and table buttons
 * only, saved, and then the saved file validates with the sample's findings and exports the
 * sample's config bundle byte for byte (layout and YAML comments are not in the bundle).
 */
class HomelabJourneyTest extends SampleJourney {
    private static final String SAMPLE = "homelab-openwrt-quagga";

    @Test
    void theHomelabIsRebuiltByGesturesAndExportsTheSamplesBundle() throws Exception {
        camera(1, 20, 20);
        design();
        region();
        network();
        router();
        legacyCluster(144, 232, "homelab-k8s", "homelab");
        node("homelab-k8s", "ubuntu-dev1", "192.168.1.5", "master", "lan");
        node("homelab-k8s", "ubuntu-dev2", "192.168.1.6", "worker", "lan");

        // Quagga takes no listen range: one neighbor per node, and eBGP gives the speakers AS 65001 (the gateway's + 1).
        ebgpPerNode("homelab-k8s", "openwrt", "openwrt-ubuntu-dev1", "openwrt-ubuntu-dev2");
        clickCluster("homelab-k8s");
        typeCell("#field-bgp-peers-1-name", "peer1");

        pool();
        service("nginx-lb", "192.168.0.30", "30381", "app=nginx", "ubuntu-dev1");
        service("nginx2-lb", "192.168.0.31", "32319", "app=nginx2", "ubuntu-dev2");

        saveAndCompareWith(SAMPLE);
    }

    /** Nothing selected: the inspector edits the design's name and description. */
    private void design() {
        robot.clickOn(at(900, 600));
        settle();
        setField("field-design-name", SAMPLE);
        setArea("field-design-description", "An OpenWrt soft router on Proxmox runs Quagga (AS 65000) and peers over eBGP with the "
                + "MetalLB speakers of a two-node homelab cluster (AS 65001), configured with the legacy ConfigMap.");
    }

    private void region() {
        dropFromPalette(PaletteItem.REGION, 64, 52);
        setField("field-id", "homelab");
        setField("field-name", "Homelab");
        setField("field-site", "Proxmox");
        setField("field-location", "home");
    }

    private void network() {
        dropFromPalette(PaletteItem.NETWORK, 340, 112);
        setField("field-id", "lan");
        setField("field-name", "Home LAN");
        setField("field-cidr", "192.168.1.0/24");
        setField("field-description",
                "br-lan. The home's upstream router 192.168.1.1 is OpenWrt's kernel default route; it takes no part in BGP.");
    }

    private void router() {
        dropFromPalette(PaletteItem.QUAGGA_GATEWAY, 144, 112);
        setField("field-id", "openwrt");
        setField("field-name", "OpenWrt");
        choose("#field-role", "core");
        setField("field-as-number", "65000");
        setField("field-router-id", "192.168.1.2");
        clickField("#field-interfaces-add");
        typeCell("#field-interfaces-1-name", "br-lan");
        typeCell("#field-interfaces-1-address", "192.168.1.2/24");
        setField("field-description",
                "OpenWrt soft router in a Proxmox VM with quagga, quagga-zebra, quagga-bgpd and quagga-vtysh.");
        setField("field-host", "192.168.1.2");
        setField("field-user", "root");
    }

    private void pool() {
        dropOnCard(PaletteItem.ADDRESS_POOL, "homelab-k8s");
        setField("field-name", "default");
        typeCell("#field-addresses-1-address", "192.168.0.30-192.168.0.49");
    }

    private void service(String name, String assigned, String nodePort, String selector, String endpoint) {
        dropOnCard(PaletteItem.SERVICE, "homelab-k8s");
        setField("field-name", name);
        choose("#field-pool", "");
        setArea("field-endpoint-nodes", endpoint);
        // Tab walks on to the next fields of the form.
        tabArea("field-assigned-ips", assigned);
        tabArea("field-selector", selector);
        typeCell("#field-ports-1-name", "");
        typeCell("#field-ports-1-port", "8080");
        typeCell("#field-ports-1-target-port", "80");
        typeCell("#field-ports-1-node-port", nodePort);
    }
}
