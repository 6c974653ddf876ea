package io.peerplan.model.validate;

import java.util.List;

/** Trigger and near-miss fixtures for the BGP session family. */
final class SessionCases {
    static final Fixture TWO = Fixture.sample("two-dc-anycast");
    static final Fixture MK = Fixture.sample("mikrotik-core");
    /** Seed 000 without the gateways' static bfdd peers toward the providers (whose side runs no BFD). */
    static final Fixture TWO_CLEAN = TWO.remove("/routers/0/bfdPeers").remove("/routers/1/bfdPeers");
    static final String PEER = "/clusters/0/metallb/peers/0";
    static final String GROUP = "/routers/0/peerGroups/0/config";

    private SessionCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("BGP-SESSION-NO-MATCH", "the core router's neighbor is no node of the cluster",
                        MK.set("/peerings/0/b/peerAddress", "172.22.35.99"), MK).expecting("172.22.35.99 is not the address of any node"),
                RuleCase.of("BGP-SESSION-NO-MATCH", "Antares points at an address the gateway does not have",
                        TWO.set("/peerings/1/b/peerAddress", "198.51.100.13"), TWO).expecting("is not an address of gateway-alfa-unoone"),
                RuleCase.of("BGP-SESSION-NO-MATCH", "the speakers dial an address that is not the gateway's",
                        TWO.set(PEER + "/peerAddress", "192.168.247.1"), TWO).expecting("dial 192.168.247.1"),
                RuleCase.of("BGP-SESSION-HALF-OPEN", "the core has a neighbor on a node excluded from load balancing",
                        MK.set("/clusters/0/nodes/0/labels", "{node.kubernetes.io/exclude-from-external-load-balancers: ''}"),
                        MK.set("/clusters/0/nodes/0/labels", "{rack: r1}")).expecting("runs no MetalLB speaker"),
                RuleCase.of("BGP-SESSION-HALF-OPEN", "a fourth speaker that the core has no neighbor for",
                        MK.set("/clusters/0/nodes/3", "{id: kube4, name: kube4, address: 172.22.35.28, role: worker, network: k8s-net}"),
                        MK.set("/clusters/0/nodes/3", "{id: kube4, name: kube4, address: 172.22.35.28, role: worker, network: k8s-net}")
                                .set("/peerings/3", "{id: core-kube4, a: {element: k8s, bgpPeer: peer1}, b: {element: core, peerAddress: 172.22.35.28, config: {remoteAs: '64636'}}}"))
                        .expecting("The speaker on kube4 dials core (BGPPeer peer1) but core has no neighbor for it"),
                RuleCase.of("BGP-SESSION-HALF-OPEN", "both routers connect from addresses the other does not expect",
                        TWO.set("/peerings/1/a/config/interfaceName", "eth1").set("/peerings/1/b/config/updateSource", "198.18.0.1"),
                        TWO.set("/peerings/1/a/config/interfaceName", "eth1")).expecting("Neither side accepts the other's connection: gateway-alfa-unoone connects from 192.168.247.254"),
                RuleCase.of("BGP-SESSION-MULTIPLE-MATCHES", "the neighbor address is also on a core interface",
                        MK.set("/routers/0/interfaces/2", "{name: ether9, address: 172.22.35.25/32}"),
                        MK.set("/routers/0/interfaces/2", "{name: ether9, address: 172.22.35.250/32}")),
                RuleCase.of("BGP-SESSION-LISTEN-RANGE-MISS", "the listen range stops short of the workers at .101 and .102",
                        TWO.set("/routers/0/bgp/listenRanges/0/range", "192.168.247.0/26"), TWO.set("/routers/0/bgp/listenRanges/0/range", "192.168.247.64/26"))
                        .expecting("does not cover the speakers on alfa-worker-1, alfa-worker-2"),
                RuleCase.of("BGP-SESSION-DUPLICATE-NEIGHBOR", "a second peering from the gateway to Antares's address",
                        TWO.set("/peerings/6", "{id: alfa-provider-again, a: {element: gateway-alfa-unoone, peerAddress: 198.51.100.9, config: {remoteAs: '65101', ebgpMultihop: 255}}, "
                                + "b: {element: antares, peerAddress: 198.51.100.14, config: {remoteAs: '64859', ebgpMultihop: 255}}}"), TWO)
                        .expecting("is already peering alfa-provider's"),
                RuleCase.of("BGP-SESSION-LISTEN-LIMIT", "listen limit 1 for two speakers", TWO.set("/routers/0/bgp/listenLimit", "1"),
                        TWO.set("/routers/0/bgp/listenLimit", "2")),
                RuleCase.of("BGP-SESSION-PEER-WITHOUT-PEERING", "the speakers dial the gateway, but no peering says so",
                        TWO.remove("/peerings/0"), TWO).expecting("no peering connects them"),
                RuleCase.of("BGP-SESSION-PEER-WITHOUT-PEERING", "a BGPPeer toward a router outside the design is worth an info",
                        TWO.set("/clusters/0/metallb/peers/1", "{name: outside, myASN: 64859, peerASN: 64859, peerAddress: 192.168.247.77}"), TWO)
                        .expecting("outside the design"),
                RuleCase.of("BGP-SESSION-ASN-MISMATCH", "the speakers expect AS 64860 of the gateway",
                        TWO.set(PEER + "/peerASN", "64860"), TWO).expecting("expect AS 64860 but gateway-alfa-unoone sends AS 64859"),
                RuleCase.of("BGP-SESSION-ASN-MISMATCH", "remote-as internal on the gateway, speakers in another AS",
                        TWO.set(PEER + "/myASN", "65000"), TWO.set(PEER + "/myASN", "65000").set(GROUP + "/remoteAs", "external")
                                .set(PEER + "/peerASN", "64859")).expecting("(remote-as internal)"),
                RuleCase.of("BGP-SESSION-ASN-MISMATCH", "Antares expects the wrong AS of the gateway",
                        TWO.set("/peerings/1/b/config/remoteAs", "64858"), TWO),
                RuleCase.of("BGP-SESSION-EBGP-NOT-CONNECTED", "the speakers peer single-hop with the core's loopback",
                        MK.set(PEER + "/peerAddress", "10.45.254.2"), MK.set(PEER + "/peerAddress", "10.45.254.2").set(PEER + "/ebgpMultiHop", "true"))
                        .expecting("only across a router"),
                RuleCase.of("BGP-SESSION-PASSWORD-MISMATCH", "a password on the speakers only", TWO.set(PEER + "/passwordSecret", "bgp"),
                        TWO.set(PEER + "/passwordSecret", "bgp").set(GROUP + "/passwordRef", "bgp")).expecting("a TCP-MD5 password but gateway-alfa-unoone does not"),
                RuleCase.of("BGP-SESSION-SHUTDOWN", "Antares shuts the gateway down", TWO.set("/peerings/1/b/config/shutdown", "true"),
                        TWO.set("/peerings/1/b/config/shutdown", "false")),
                RuleCase.of("BGP-SESSION-BFD-ONE-SIDED", "the gateway's peer-group drops BFD while the speakers keep it",
                        TWO_CLEAN.set(GROUP + "/bfd", "false").remove(GROUP + "/bfdProfile"), TWO_CLEAN).expecting("has no BFD for this session"),
                RuleCase.of("BGP-SESSION-BFD-ONE-SIDED", "seed 000: a static bfdd peer toward a provider that runs no BFD",
                        TWO, TWO_CLEAN).expecting("gateway-alfa-unoone runs BFD toward Antares"),
                RuleCase.of("BGP-SESSION-BFD-HOP-MISMATCH", "ebgp-multihop on the gateway only makes its BFD multi-hop",
                        TWO_CLEAN.set("/peerings/1/a/config/bfd", "true").set("/peerings/1/b/config/bfd", "true").remove("/peerings/1/b/config/ebgpMultihop"),
                        TWO_CLEAN.set("/peerings/1/a/config/bfd", "true").set("/peerings/1/b/config/bfd", "true"))
                        .expecting("gateway-alfa-unoone runs multi-hop BFD (ebgp-multihop is set) but Antares single-hop BFD"),
                RuleCase.of("BGP-SESSION-HOLD-TIME", "speakers ask 90 s, the gateway 180 s", TWO.set(PEER + "/holdTime", "90s"),
                        TWO.set(PEER + "/holdTime", "180s")).expecting("uses 90 s"),
                RuleCase.of("BGP-SESSION-HOLD-TIME", "hold time 0 turns keepalives off", TWO.set(PEER + "/holdTime", "0s"),
                        TWO.set(PEER + "/holdTime", "180s")).expecting("no keepalives"));
    }
}
