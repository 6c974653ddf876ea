package io.peerplan.model.validate;

import java.util.List;

/** Trigger and near-miss fixtures for the session-graph family. */
final class GraphCases {
    static final Fixture TWO = Fixture.sample("two-dc-anycast");
    static final Fixture MK = Fixture.sample("mikrotik-core");
    /** Seed 002 with a second core router that peers with every speaker: no single router left. */
    static final Fixture MK_TWO_CORES = MK
            .set("/routers/1", "{id: core2, name: core2, region: site, role: core, platform: routeros-v6, asn: 64635, routerId: 10.45.254.3,"
                    + " interfaces: [{name: bridge-k8s, address: 172.22.35.2/24, network: k8s-net}]}")
            .set("/clusters/0/metallb/peers/1", "{name: peer2, myASN: 64636, peerASN: 64635, peerAddress: 172.22.35.2}")
            .set("/peerings/3", "{id: core2-kube1, a: {element: k8s, bgpPeer: peer2}, b: {element: core2, peerAddress: 172.22.35.25, config: {remoteAs: '64636'}}}")
            .set("/peerings/4", "{id: core2-kube2, a: {element: k8s, bgpPeer: peer2}, b: {element: core2, peerAddress: 172.22.35.26, config: {remoteAs: '64636'}}}")
            .set("/peerings/5", "{id: core2-kube3, a: {element: k8s, bgpPeer: peer2}, b: {element: core2, peerAddress: 172.22.35.27, config: {remoteAs: '64636'}}}");
    /** A core router behind gateway-alfa in the same AS, peering over iBGP. */
    static final Fixture TWO_IBGP_CORE = TWO
            .set("/routers/4", "{id: core-alfa, region: alfa, role: core, platform: frr, asn: 64859, routerId: 198.51.100.10,"
                    + " interfaces: [{name: eth0, address: 198.51.100.10/29, network: alfa-link}]}")
            .set("/peerings/6", "{id: gw-core, a: {element: gateway-alfa-unoone, peerAddress: 198.51.100.10, config: {remoteAs: internal}},"
                    + " b: {element: core-alfa, peerAddress: 198.51.100.14, config: {remoteAs: internal}}}");

    /**
     * Seed 000 reduced to Alfa's cluster, with a second Alfa gateway that reaches the Internet through
     * Betelgeuse: every router and session has a stand-in.
     */
    static final Fixture TWO_ALFA_REDUNDANT = TWO
            .set("/routers/4", "{id: gateway-alfa-2, region: alfa, role: gateway, platform: frr, asn: 64859, routerId: 192.168.247.253,"
                    + " interfaces: [{name: eth1, address: 192.168.247.253/24, network: alfa-cloud}],"
                    + " bgp: {ebgpRequiresPolicy: false, listenRanges: [{range: 192.168.247.0/24, peerGroup: nodes}]},"
                    + " peerGroups: [{name: nodes, config: {remoteAs: internal}}]}")
            .set("/clusters/0/metallb/peers/1", "{name: gateway-alfa-2, myASN: 64859, peerASN: 64859, peerAddress: 192.168.247.253}")
            .set("/peerings/6", "{id: alfa-speakers-2, a: {element: k8s-alfa, bgpPeer: gateway-alfa-2},"
                    + " b: {element: gateway-alfa-2, listenRange: true, config: {peerGroup: nodes}}}")
            .set("/peerings/7", "{id: gw2-betelgeuse, a: {element: gateway-alfa-2, peerAddress: 198.19.51.225, config: {remoteAs: '64600', ebgpMultihop: 255}},"
                    + " b: {element: betelgeuse, peerAddress: 192.168.247.253, config: {remoteAs: '64859', ebgpMultihop: 255}}}")
            .remove("/peerings/2").remove("/clusters/1").remove("/layout/positions/k8s-bravo");

    private GraphCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("GRAPH-CLUSTER-UNREACHABLE", "Alfa's gateway loses its provider session", TWO.remove("/peerings/1"), TWO)
                        .expecting("no chain of working BGP sessions leads from cluster k8s-alfa-unoone to Internet clients"),
                RuleCase.of("GRAPH-SINGLE-POINT-OF-FAILURE", "seed 000: one gateway per region; Alfa alone with a second gateway via Betelgeuse has none",
                        TWO, TWO_ALFA_REDUNDANT).expecting("gateway-alfa-unoone is the only way from cluster k8s-alfa-unoone to Internet clients"),
                RuleCase.of("GRAPH-SINGLE-POINT-OF-FAILURE", "seed 002: one core router; a second core removes it", MK, MK_TWO_CORES)
                        .expecting("core is the only BGP router between cluster k8s"),
                RuleCase.of("GRAPH-ISOLATED", "the vantage loses both provider sessions", TWO.remove("/peerings/5").remove("/peerings/4"),
                        TWO.remove("/peerings/5")).expecting("Internet clients (vantage) has no BGP session that comes up"),
                RuleCase.of("GRAPH-ISOLATED", "one node without a session in a connected cluster",
                        MK.remove("/peerings/2"), MK).expecting("node kube3 of cluster k8s runs a speaker but has no BGP session"),
                RuleCase.of("GRAPH-IBGP-NO-REFLECTOR", "speakers -> gateway -> core, all iBGP, no reflector", TWO_IBGP_CORE,
                        TWO_IBGP_CORE.set("/peerings/6/a/config/routeReflectorClient", "true")).expecting("never learns the cluster's service IPs"));
    }
}
