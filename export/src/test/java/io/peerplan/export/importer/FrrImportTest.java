package io.peerplan.export.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.Secrets;
import io.peerplan.model.BfdProfile;
import io.peerplan.model.Ip;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Peering;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading configs written by hand or by other tools: what is understood, and what is kept and reported. */
class FrrImportTest {
    private static final String FOREIGN = """
            frr version 8.4.4
            frr defaults traditional
            hostname edge
            log file /var/log/frr/frr.log
            service integrated-vtysh-config
            !
            debug bgp updates
            ip prefix-list in seq 5 permit 10.0.0.0/8 le 24
            ip prefix-list in permit 192.168.0.0/16
            ip route 10.99.0.0/16 Null0
            !
            interface eth0
             ip address 203.0.113.1/30
             description uplink
            exit
            !
            router bgp 65010
             bgp router-id 203.0.113.1
             no bgp default ipv4-unicast
             neighbor 203.0.113.2 remote-as 65001
             neighbor 203.0.113.2 password s3cr3t
             neighbor 203.0.113.2 timers connect 5
             neighbor 203.0.113.2 ebgp-multihop
             address-family ipv4 unicast
              neighbor 203.0.113.2 prefix-list in in
              neighbor 203.0.113.2 soft-reconfiguration inbound
              neighbor 203.0.113.2 allowas-in
             exit-address-family
             address-family l2vpn evpn
              advertise-all-vni
             exit-address-family
            exit
            !
            router ospf
             network 10.0.0.0/8 area 0
            exit
            !
            route-map rm permit 10
             set origin igp
            exit
            !
            bfd
             profile p
              echo-interval 70
             exit
            exit
            end
            """;

    private static ConfigImporter.Result read(String path, String text) throws ImportException {
        return ConfigImporter.importConfigs("t", List.of(new ConfigImporter.Input(path, text)));
    }

    @Test
    void understoodConstructsBecomeTheDesign() throws Exception {
        Topology t = read("edge.conf", FOREIGN).topology();
        Router r = t.routers().stream().filter(x -> x.id().equals("edge")).findFirst().orElseThrow();
        assertThat(r.asn().value()).isEqualTo(65010);
        assertThat(r.routerId()).isEqualTo(Ip.parse("203.0.113.1"));
        assertThat(r.interfaces()).singleElement().satisfies(f -> assertThat(f.address().toString()).isEqualTo("203.0.113.1/30"));
        assertThat(r.prefixList("in").orElseThrow().entries()).extracting(e -> e.seq()).containsExactly(5, 10);
        assertThat(r.staticRoutes()).singleElement().satisfies(s -> assertThat(s.blackhole()).isTrue());
        assertThat(r.bfdProfiles()).containsExactly(new BfdProfile("p", null, null, null, null, 70, null, null, false));
        assertThat(r.role()).isEqualTo(RouterRole.CORE);
        NeighborConfig n = t.peerings().stream().map(p -> p.endOf("edge")).filter(e -> e != null).findFirst().orElseThrow().config();
        assertThat(n.remoteAs()).isEqualTo("65001");
        assertThat(n.ebgpMultihop()).as("a bare ebgp-multihop is 255, as FRR shows it").isEqualTo(255);
        assertThat(n.allowasIn()).isEqualTo(3);
        assertThat(n.prefixListIn()).isEqualTo("in");
        assertThat(n.passwordRef()).isEqualTo("bgp-edge-203.0.113.2");
    }

    @Test
    void unknownLinesAreKeptAndReportedWithLineAndBlock() throws Exception {
        List<ImportNote> notes = read("edge.conf", FOREIGN).notes();
        List<String> unknown = notes.stream().filter(n -> n.kind() == ImportNote.Kind.UNKNOWN).map(ImportNote::render).toList();
        assertThat(unknown).anyMatch(s -> s.startsWith("edge.conf:7: debug bgp updates"))
                .anyMatch(s -> s.startsWith("edge.conf:14: [interface eth0] description uplink"))
                .anyMatch(s -> s.startsWith("edge.conf:19: [router bgp 65010] no bgp default ipv4-unicast"))
                .anyMatch(s -> s.startsWith("edge.conf:22: [router bgp 65010] neighbor 203.0.113.2 timers connect 5"))
                .anyMatch(s -> s.contains("[router bgp 65010 / address-family ipv4 unicast] neighbor 203.0.113.2 soft-reconfiguration inbound"))
                .anyMatch(s -> s.contains("address-family l2vpn evpn"))
                .anyMatch(s -> s.contains("[router bgp 65010 / address-family l2vpn evpn] advertise-all-vni"))
                .anyMatch(s -> s.startsWith("edge.conf:34: router ospf"))
                .anyMatch(s -> s.startsWith("edge.conf:35: [router ospf] network 10.0.0.0/8 area 0"));
        // route_set_origin is part of the model: imported, not reported.
        assertThat(unknown).noneMatch(s -> s.contains("set origin"));
        assertThat(unknown).noneMatch(s -> s.contains("prefix-list in in")).noneMatch(s -> s.contains("hostname"));
    }

    @Test
    void passwordsAreNeverImported() throws Exception {
        ConfigImporter.Result r = read("edge.conf", FOREIGN);
        assertThat(io.peerplan.model.io.ProjectCodec.write(r.topology())).doesNotContain("s3cr3t");
        assertThat(r.notes()).filteredOn(n -> n.kind() == ImportNote.Kind.SECRET).singleElement()
                .satisfies(n -> assertThat(n.render()).doesNotContain("s3cr3t").contains("bgp-edge-203.0.113.2"));
        Topology placeholder = read("x.conf", "router bgp 1\n neighbor 10.0.0.2 remote-as 2\n neighbor 10.0.0.2 password "
                + Secrets.placeholder("mine") + "\n").topology();
        assertThat(placeholder.peerings().getFirst().a().config().passwordRef()).isEqualTo("mine");
    }

    @Test
    void quaggaStyleNeighborSettingsUnderRouterBgpAreIpv4Unicast() throws Exception {
        String bgpd = """
                hostname OpenWrt
                router bgp 65000
                 bgp router-id 192.168.1.2
                 network 192.168.50.0/24
                 neighbor 192.168.1.5 remote-as 65001
                 neighbor 192.168.1.5 description ubuntu-dev1
                 neighbor 192.168.1.5 route-map to-k8s out
                !
                route-map to-k8s permit 10
                 set community 65000:1 additive
                !
                ip community-list standard keep permit 65000:1
                """;
        ConfigImporter.Result r = ConfigImporter.importConfigs("t", List.of(new ConfigImporter.Input("openwrt/bgpd.conf", bgpd),
                new ConfigImporter.Input("openwrt/zebra.conf", "hostname OpenWrt\nip forwarding\nip route 10.0.0.0/8 192.168.1.1\n")));
        Router openwrt = r.topology().routers().stream().filter(x -> x.platform() == Platform.QUAGGA).findFirst().orElseThrow();
        assertThat(openwrt.networks()).hasSize(1);
        assertThat(openwrt.staticRoutes()).hasSize(1);
        assertThat(openwrt.communityList("keep").orElseThrow().entries().getFirst().seq()).isEqualTo(5);
        Peering p = r.topology().peerings().getFirst();
        assertThat(p.endOf("OpenWrt").config().routeMapOut()).isEqualTo("to-k8s");
        assertThat(r.notes()).noneMatch(n -> n.kind() == ImportNote.Kind.UNKNOWN);
    }

    @Test
    void seed001QuaggaAndLegacyConfigMapGiveBackTheHomelab() throws Exception {
        String bgpd = """
                router bgp 65000
                 bgp router-id 192.168.1.2
                 neighbor 192.168.1.5 remote-as 65001
                 neighbor 192.168.1.5 description ubuntu-dev1
                 neighbor 192.168.1.6 remote-as 65001
                 neighbor 192.168.1.6 description ubuntu-dev2
                """;
        ConfigImporter.Result r = ConfigImporter.importConfigs("homelab", List.of(new ConfigImporter.Input("openwrt/bgpd.conf", bgpd),
                new ConfigImporter.Input("homelab/config.yaml", io.peerplan.export.Designs.seed("001-configmap.yaml"))));
        var cluster = r.topology().clusters().getFirst();
        assertThat(cluster.configStyle()).isEqualTo(io.peerplan.model.Cluster.ConfigStyle.LEGACY_CONFIGMAP);
        // The ConfigMap lists no nodes: the neighbors whose AS is the BGPPeer's myASN are its speakers.
        assertThat(cluster.nodes()).extracting(n -> n.name()).containsExactly("ubuntu-dev1", "ubuntu-dev2");
        assertThat(r.topology().peerings()).allSatisfy(p -> assertThat(p.a().bgpPeer()).isEqualTo("peer1"));
        assertThat(r.notes()).filteredOn(n -> n.kind() == ImportNote.Kind.INFERRED).hasSize(3);
    }

    @Test
    void seed000ConfigWithMetalLbPairsTheListenRangeWithTheSpeakers() throws Exception {
        ConfigImporter.Result r = ConfigImporter.importConfigs("alfa", List.of(
                new ConfigImporter.Input("seed/frr.conf", io.peerplan.export.Designs.seed("000-alfa-frr.conf")),
                new ConfigImporter.Input("seed/metallb.yaml", io.peerplan.export.Designs.seed("000-alfa-metallb.yaml"))));
        Router gw = r.topology().routers().stream().filter(x -> x.id().equals("gateway-alfa-unoone")).findFirst().orElseThrow();
        assertThat(gw.role()).isEqualTo(RouterRole.GATEWAY);
        // The BGPPeer's address lies in the listen range: it is the gateway's own eth1 (the group's update-source).
        assertThat(gw.interfaces()).anySatisfy(f -> assertThat(f.name() + " " + f.address()).isEqualTo("eth1 192.168.247.254/24"));
        Peering speakers = r.topology().peerings().stream().filter(p -> p.a().isCluster()).findFirst().orElseThrow();
        assertThat(speakers.b().listenRange()).isTrue();
        assertThat(speakers.b().config().peerGroup()).isEqualTo("mks-nodes");
        assertThat(r.notes()).noneMatch(n -> n.kind() == ImportNote.Kind.UNKNOWN);
    }

    @Test
    void notTextIsAClearError() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class, () -> ConfigImporter.importConfigs("t",
                List.of(new ConfigImporter.Input("bad.yaml", "apiVersion: v1\nkind: [unclosed\n"))));
        assertThat(e.getMessage()).startsWith("bad.yaml:").contains("not valid YAML");
    }
}
