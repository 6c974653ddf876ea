package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.PaletteItem;
import javafx.scene.control.RadioButton;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's journey for the bundled sample two-dc-anycast (seed 000): two regions, each with a
 * cloud LAN and a provider link net, an FRR gateway (prefix-lists, a prepending route-map, a
 * listen range into peer-group mks-nodes with BFD), the provider's router, a MetalLB cluster of
 * three nodes with two services, and an Internet vantage hearing both providers. Built from an
 * empty canvas by palette drops, canvas drags, inspector typing, drop-downs, table buttons and the
 * peering popover; region Bravo is built by the same steps as Alfa with its own values. Then it is
 * saved, and the saved file validates with the sample's findings and exports the sample's bundle.
 */
class TwoDcAnycastJourneyTest extends SampleJourney {
    private static final String SAMPLE = "two-dc-anycast";

    /** What differs between the two regions; everything else is built by the same steps. */
    private record Dc(String id, String name, String site, String location, String zone, double x,
            String octets, String linkCidr, String gatewayName, String linkIp, String providerIp, String prepend,
            String provider, String providerName, String providerAsn, String internetNet, String internetCidr,
            String providerInternetIp, String clusterName, String master, String worker1, String worker2,
            String assignedIp) {
        String cloud() {
            return id + "-cloud";
        }

        String link() {
            return id + "-link";
        }

        String cluster() {
            return "k8s-" + id;
        }
    }

    private static final Dc ALFA = new Dc("alfa", "Alfa", "UnaOne", "Saint Petersburg", "ru-3", 40, "192.168.247",
            "198.51.100.8/29", "gateway-alfa-unoone", "198.51.100.14", "198.51.100.9", "64859", "antares", "Antares",
            "65101", "internet-antares", "198.18.0.0/30", "198.18.0.1", "k8s-alfa-unoone", "211", "101", "102",
            "203.0.113.65");
    private static final Dc BRAVO = new Dc("bravo", "Bravo", "BissoTwo", "Moscow", "ru-7", 680, "192.168.147",
            "198.19.51.224/29", "gateway-bravo-bissotwo", "198.19.51.230", "198.19.51.225", "64859 64859 64859",
            "betelgeuse", "Betelgeuse", "64600", "internet-betelgeuse", "198.18.0.4/30", "198.18.0.5",
            "k8s-bravo-bissotwo", "111", "25", "26", "203.0.113.66");

    @Test
    void theTwoRegionsAreRebuiltByGesturesAndExportTheSamplesBundle() throws Exception {
        // Both regions in view: the user zooms out before starting.
        camera(0.65, 10, 10);
        build();
        saveAndCompareWith(SAMPLE);
    }

    private void build() {
        design();
        region(ALFA);
        region(BRAVO);
        networks(ALFA);
        networks(BRAVO);
        internetNetwork(ALFA, 300);
        internetNetwork(BRAVO, 840);
        gateway(ALFA);
        gateway(BRAVO);
        provider(ALFA);
        provider(BRAVO);
        vantage();
        cluster(ALFA);
        cluster(BRAVO);
        speakers(ALFA);
        providerPeering(ALFA);
        speakers(BRAVO);
        providerPeering(BRAVO);
        internetPeering(ALFA);
        internetPeering(BRAVO);
        bfdPeer(ALFA);
        bfdPeer(BRAVO);
    }

    /** Nothing selected: the inspector edits the design's name and description. */
    private void design() {
        robot.clickOn(at(640, 150));
        settle();
        setField("field-design-name", SAMPLE);
        setArea("field-design-description",
                "Geo-distributed Kubernetes with MetalLB in BGP mode and an anycast /29 announced from two regions.");
    }

    /** A region is dropped, named, and stretched by its corner handle to hold its networks, routers and cluster. */
    private void region(Dc dc) {
        dropFromPalette(PaletteItem.REGION, dc.x(), 200);
        setField("field-id", dc.id());
        setField("field-name", dc.name());
        setField("field-site", dc.site());
        setField("field-location", dc.location());
        setField("field-zone", dc.zone());
        var b = model().diagramProperty().get().region(dc.id()).orElseThrow().bounds();
        robot.drag(at(b.maxX() - 1, b.maxY() - 1), MouseButton.PRIMARY).moveTo(at(b.x() + 560, b.y() + 600)).drop();
        settle();
        assertThat(model().diagramProperty().get().region(dc.id()).orElseThrow().bounds().width()).isEqualTo(560);
    }

    private void networks(Dc dc) {
        network(dc.x() + 20, 500, dc.cloud(), "Cloud network " + dc.name(), dc.octets() + ".0/24", "lan",
                "Private cloud network of pool " + dc.zone() + ". The cloud router " + dc.name() + " (" + dc.octets()
                        + ".1, external IP 192.0.2." + (dc == ALFA ? "31" : "56")
                        + ") gives backup Internet access and takes no part in BGP.");
        network(dc.x() + 20, 340, dc.link(), "Link net " + dc.name(), dc.linkCidr(), "link",
                "Public link subnet towards the provider router " + dc.providerName() + ".");
    }

    private void internetNetwork(Dc dc, double x) {
        network(x, 120, dc.internetNet(), "Internet side of " + dc.providerName(), dc.internetCidr(), "other", null);
    }

    /** The FRR gateway: interfaces, announced network, policy, peer group with BFD, listen range, management. */
    private void gateway(Dc dc) {
        dropFromPalette(PaletteItem.FRR_GATEWAY, dc.x() + 300, 360);
        setField("field-id", dc.gatewayName());
        setField("field-name", dc.gatewayName());
        setField("field-as-number", "64859");
        setField("field-router-id", dc.linkIp());
        interfaceRow(1, "eth0", dc.linkIp() + "/29", dc.link());
        interfaceRow(2, "eth1", dc.octets() + ".254/24", dc.cloud());
        setArea("field-networks", "203.0.113.64/29");
        choose("#field-defaults-profile", "traditional");

        clickField("#field-prefix-lists-add");
        typeCell("#field-prefix-lists-1-name", "default_from_mylovelycozycloud");
        String fromCloud = "#field-prefix-list-default-from-mylovelycozycloud";
        typeCell(fromCloud + "-1-seq", "10");
        choose(fromCloud + "-1-action", "permit");
        clickField("#field-prefix-lists-add");
        typeCell("#field-prefix-lists-2-name", "my_anycast_subnet");
        String anycast = "#field-prefix-list-my-anycast-subnet";
        typeCell(anycast + "-1-seq", "10");
        choose(anycast + "-1-action", "permit");
        typeCell(anycast + "-1-prefix", "203.0.113.64/29");
        typeCell(anycast + "-1-le", "32");
        clickField(anycast + "-add");
        typeCell(anycast + "-2-seq", "100");

        clickField("#field-route-maps-add");
        typeCell("#field-route-maps-1-name", "prpnd_private");
        typeCell("#field-route-map-prpnd-private-1-description", "For AS PATH prepend");
        setField("field-as-path-prepend", dc.prepend());

        clickField("#field-bfd-profiles-add");
        typeCell("#field-bfd-profiles-1-name", "t-rex");
        setField("field-minimum-ttl", "127");
        clickField("#field-log-session-changes");

        clickField("#field-peer-groups-add");
        typeCell("#field-peer-groups-1-name", "mks-nodes");
        setField("field-update-source", "eth1");
        choose("#field-bfd", "yes");
        choose("#field-bfd-profile", "t-rex");
        clickField("#field-listen-ranges-add");
        typeCell("#field-listen-ranges-1-range", dc.octets() + ".0/24");
        setField("field-listen-limit", "110");

        setField("field-host", dc.linkIp());
        setField("field-user", "almalinux");
        setField("field-command-prefix", "sudo");
        setField("field-log", "syslog informational");
        setField("field-description", "AlmaLinux 9 VM running FRR, default gateway of the " + dc.name() + " cloud network.");
    }

    private void interfaceRow(int row, String name, String address, String network) {
        clickField("#field-interfaces-add");
        typeCell("#field-interfaces-" + row + "-name", name);
        typeCell("#field-interfaces-" + row + "-address", address);
        scrollSideways("#field-interfaces-" + row + "-network");
        choose("#field-interfaces-" + row + "-network", network);
    }

    /** The provider's router: not the user's, so only what the seed implies of it. */
    private void provider(Dc dc) {
        dropFromPalette(PaletteItem.PROVIDER_ROUTER, dc.x() + 300, 230);
        setField("field-id", dc.provider());
        setField("field-name", dc.providerName());
        setField("field-as-number", dc.providerAsn());
        setField("field-router-id", dc.providerIp());
        interfaceRow(1, "eth0", dc.providerIp() + "/29", dc.link());
        interfaceRow(2, "eth1", dc.providerInternetIp() + "/30", dc.internetNet());
        choose("#field-ebgp-requires-policy", "no");
        setField("field-description", "The provider's eBGP router for region " + dc.name() + " (MyLovelyCozyCloud).");
    }

    private void vantage() {
        dropFromPalette(PaletteItem.INTERNET_VANTAGE, 545, 20);
        assertSelected("internet");
        setField("field-router-id", "198.18.0.2");
        interfaceRow(1, "eth0", "198.18.0.2/30", "internet-antares");
        interfaceRow(2, "eth1", "198.18.0.6/30", "internet-betelgeuse");
        setField("field-description", "Where the curl and locust clients of the seed stand; it hears both providers.");
    }

    /** The cluster in FRR mode with CRDs: nodes, the anycast pool, its two services, BFD profile and advertisement. */
    private void cluster(Dc dc) {
        dropFromPalette(PaletteItem.CLUSTER, dc.x() + 20, 620);
        setField("field-id", dc.cluster());
        setField("field-name", dc.clusterName());
        choose("#field-backend", "frr");
        choose("#field-config-style", "crds");
        setField("field-namespace", "metallb-system");
        setField("field-kubectl-context", "admin@" + dc.clusterName());

        node(dc.cluster(), dc.id() + "-master", dc.octets() + "." + dc.master(), "master", dc.cloud());
        // Managed masters run no speaker: unticking adds MetalLB's exclusion label.
        clickField("#field-metallb-speaker");
        node(dc.cluster(), dc.id() + "-worker-1", dc.octets() + "." + dc.worker1(), "worker", dc.cloud());
        node(dc.cluster(), dc.id() + "-worker-2", dc.octets() + "." + dc.worker2(), "worker", dc.cloud());

        dropOnCard(PaletteItem.ADDRESS_POOL, dc.cluster());
        setField("field-name", "anycast-pool");
        typeCell("#field-addresses-1-address", "203.0.113.64/29");

        String endpoints = dc.id() + "-worker-1, " + dc.id() + "-worker-2";
        service(dc, "cilium-echo-svc-metallb", endpoints, "field-assigned-ips", dc.assignedIp());
        service(dc, "echo-svc-sameip", endpoints, "field-loadbalancer-ips", "203.0.113.70");

        // A new MetalLB object is configured under the name it is added with (unique in the outline),
        // then renamed in its own form.
        clickCluster(dc.cluster());
        clickField("#field-bfd-profiles-add");
        clickOutline("bfd-1 · BFDProfile");
        setField("field-receive-interval", "300");
        setField("field-transmit-interval", "300");
        setField("field-detect-multiplier", "3");
        setField("field-minimum-ttl", "127");
        setField("field-name", "my-default");

        clickCluster(dc.cluster());
        clickField("#field-advertisements-add");
        clickOutline("advertisement-1 · BGPAdvertisement");
        clickField("#field-ip-address-pools-add");
        setField("field-name", "anycast-adv");
    }

    private void service(Dc dc, String name, String endpoints, String ipField, String ip) {
        dropOnCard(PaletteItem.SERVICE, dc.cluster());
        setField("field-name", name);
        choose("#field-pool", "anycast-pool");
        setArea(ipField, ip);
        setArea("field-endpoint-nodes", endpoints);
        setArea("field-selector", "app=cilium-echoserver");
        setArea("field-annotations", "loadbalancer.openstack.org/class=non-existent");
    }

    /** Cluster to gateway: the popover's listen range through the peer group the gateway already has, iBGP. */
    private void speakers(Dc dc) {
        drawLink(dc.cluster(), dc.gatewayName());
        assertThat(robot.lookup("#peering-listen").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#peering-ibgp").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#peering-connect");
        settle();
        setField("field-id", dc.id() + "-speakers");
        setField("field-description", "iBGP from every " + dc.name() + " speaker to its gateway, accepted through the listen range.");
        // The cluster's end is the BGPPeer the drag made: it names the cluster's BFD profile.
        setField("field-bfd-profile", "my-default");
    }

    /** Gateway to provider: eBGP with multihop, the gateway's filters and prepend, and a default route back. */
    private void providerPeering(Dc dc) {
        connect(dc.gatewayName(), dc.provider());
        setField("field-id", dc.id() + "-provider");
        setField("field-description", "eBGP from " + dc.gatewayName() + " to " + dc.providerName() + ".");
        setField("field-neighbor-description", "MyLovelyCozyCloud-region-" + dc.id() + "-peer");
        setField("field-interface", "eth0");
        setField("field-ebgp-multihop", "255");
        choose("#field-prefix-list-in", "default_from_mylovelycozycloud");
        choose("#field-prefix-list-out", "my_anycast_subnet");
        choose("#field-route-map-out", "prpnd_private");
        setField("field-ebgp-multihop-b", "255");
        choose("#field-default-originate-b", "yes");
    }

    private void internetPeering(Dc dc) {
        connect(dc.provider(), "internet");
        assertThat(model().selection().keys()).containsExactly(dc.provider() + "-internet");
    }

    /** The gateway's static BFD peer: the table offers the provider's address with the gateway's profile. */
    private void bfdPeer(Dc dc) {
        click(dc.gatewayName());
        clickField("#field-bfd-peers-add");
    }
}
