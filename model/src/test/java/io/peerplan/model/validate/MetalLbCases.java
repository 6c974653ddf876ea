package io.peerplan.model.validate;

import java.util.List;

/** Trigger and near-miss fixtures for the MetalLB webhook-parity family, edited from the bundled samples. */
final class MetalLbCases {
    static final Fixture TWO = Fixture.sample("two-dc-anycast");
    static final Fixture MK = Fixture.sample("mikrotik-core");
    static final String C = "/clusters/0";
    static final String POOL = C + "/metallb/pools/0";
    static final String PEER = C + "/metallb/peers/0";
    static final String ADV = C + "/metallb/advertisements/0";
    static final String BFD = C + "/metallb/bfdProfiles/0";
    static final String PEER2 = "{name: second, myASN: 64859, peerASN: 64859, peerAddress: 192.168.247.253}";

    private MetalLbCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("METALLB-NAME", "a BFDProfile name with upper case and '_'",
                        TWO.set(BFD + "/name", "My_Default").set(PEER + "/bfdProfile", "My_Default"),
                        TWO.set(BFD + "/name", "my-default.v2").set(PEER + "/bfdProfile", "my-default.v2")).expecting("RFC 1123 subdomain"),
                RuleCase.of("METALLB-NAME", "a pool without a name", TWO.remove(POOL + "/name"), TWO).expecting("missing IPAddressPool name"),
                RuleCase.of("METALLB-NAMESPACE", "namespace is not a DNS label", TWO.set(C + "/namespace", "MetalLB"),
                        TWO.set(C + "/namespace", "metallb-system")).expecting("not a valid Kubernetes namespace"),
                RuleCase.of("METALLB-NAMESPACE", "a non-default namespace is worth an info", TWO.set(C + "/namespace", "metallb"),
                        TWO.set(C + "/namespace", "metallb-system")).expecting("must be installed in metallb"),
                RuleCase.of("METALLB-DUPLICATE-ENTRY", "an advertisement lists its pool twice",
                        TWO.set(ADV + "/ipAddressPools", "[anycast-pool, anycast-pool]"), TWO.set(ADV + "/ipAddressPools", "[anycast-pool]"))
                        .expecting("duplicate definition of ipAddressPools \"anycast-pool\""),
                RuleCase.of("METALLB-DUPLICATE-ENTRY", "a peer repeats a node selector",
                        TWO.set(PEER + "/nodeSelectors", "[{matchLabels: {a: b}}, {matchLabels: {a: b}}]"),
                        TWO.set(PEER + "/nodeSelectors", "[{matchLabels: {a: b}}, {matchLabels: {a: c}}]")),
                RuleCase.of("METALLB-POOL-NO-ADDRESSES", "a pool without addresses", TWO.set(POOL + "/addresses", "[]"),
                        TWO.set(POOL + "/addresses", "['203.0.113.64/30']")).expecting("pool has no prefixes defined"),
                RuleCase.of("METALLB-POOL-INVALID-ADDRESS", "prefix length 33", TWO.set(POOL + "/addresses", "['203.0.113.64/33']"),
                        TWO.set(POOL + "/addresses", "['203.0.113.64/32']")).expecting("invalid CIDR \"203.0.113.64/33\""),
                RuleCase.of("METALLB-POOL-INVALID-ADDRESS", "leading zeros, which Go's net.ParseIP refuses",
                        TWO.set(POOL + "/addresses", "['203.0.113.064/29']"), TWO.set(POOL + "/addresses", "['203.0.113.64/29']")),
                RuleCase.of("METALLB-POOL-RANGE-REVERSED", "a range written backwards", TWO.set(POOL + "/addresses", "['203.0.113.71-203.0.113.64']"),
                        TWO.set(POOL + "/addresses", "['203.0.113.64-203.0.113.71']")).expecting("is after the end IP"),
                RuleCase.of("METALLB-POOL-OVERLAP", "a second pool inside the first (containment counts)",
                        TWO.set(C + "/metallb/pools/1", "{name: extra, addresses: ['203.0.113.68/30']}"),
                        TWO.set(C + "/metallb/pools/1", "{name: extra, addresses: ['203.0.113.72/30']}"))
                        .expecting("CIDR \"203.0.113.68/30\" in pool \"extra\" overlaps with already defined CIDR \"203.0.113.64/29\""),
                RuleCase.of("METALLB-POOL-OVERLAP", "a range that reaches into a CIDR of the same pool",
                        TWO.set(POOL + "/addresses", "['203.0.113.64/29', '203.0.113.70-203.0.113.80']"),
                        TWO.set(POOL + "/addresses", "['203.0.113.64/29', '203.0.113.72-203.0.113.80']")),
                RuleCase.of("METALLB-POOL-DUPLICATE-NAME", "two pools named anycast-pool",
                        TWO.set(C + "/metallb/pools/1", "{name: anycast-pool, addresses: ['198.18.10.0/24']}"),
                        TWO.set(C + "/metallb/pools/1", "{name: anycast-pool-b, addresses: ['198.18.10.0/24']}"))
                        .expecting("duplicate definition of pool \"anycast-pool\""),
                RuleCase.of("METALLB-POOL-NOT-ADVERTISED", "a second pool no advertisement names",
                        TWO.set(C + "/metallb/pools/1", "{name: spare, addresses: ['198.18.20.0/24']}"),
                        TWO.set(C + "/metallb/pools/1", "{name: spare, addresses: ['198.18.20.0/24']}")
                                .set(ADV + "/ipAddressPools", "[anycast-pool, spare]")),
                RuleCase.of("METALLB-PEER-MY-ASN", "myASN 0", TWO.set(PEER + "/myASN", "0"), TWO.set(PEER + "/myASN", "1"))
                        .expecting("missing local ASN"),
                RuleCase.of("METALLB-PEER-ASN-RANGE", "peerASN above 32 bits", TWO.set(PEER + "/peerASN", "4294967296"),
                        TWO.set(PEER + "/peerASN", "4294967295")).expecting("less than or equal to 4294967295"),
                RuleCase.of("METALLB-PEER-ASN-RANGE", "localASN 0 (schema minimum 1)", TWO.set(PEER + "/localASN", "0"),
                        TWO.set(PEER + "/localASN", "1")),
                RuleCase.of("METALLB-PEER-ASN-MISSING", "neither peerASN nor dynamicASN", TWO.remove(PEER + "/peerASN"),
                        TWO.remove(PEER + "/peerASN").set(PEER + "/dynamicASN", "internal")).expecting("missing peer ASN and dynamicASN"),
                RuleCase.of("METALLB-PEER-ASN-BOTH", "peerASN and dynamicASN", TWO.set(PEER + "/dynamicASN", "internal"),
                        TWO.remove(PEER + "/peerASN").set(PEER + "/dynamicASN", "internal")).expecting("both peer ASN and dynamicASN specified"),
                RuleCase.of("METALLB-PEER-DYNAMIC-ASN", "dynamicASN misspelt", TWO.remove(PEER + "/peerASN").set(PEER + "/dynamicASN", "interna"),
                        TWO.remove(PEER + "/peerASN").set(PEER + "/dynamicASN", "external")).expecting("invalid dynamicASN interna"),
                RuleCase.of("METALLB-PEER-EBGP-MULTIHOP-IBGP", "ebgpMultiHop on the iBGP peer", TWO.set(PEER + "/ebgpMultiHop", "true"),
                        TWO.set(PEER + "/ebgpMultiHop", "false")).expecting("invalid ebgp-multihop parameter set for an ibgp peer"),
                RuleCase.of("METALLB-PEER-ADDRESS-MISSING", "no peerAddress, no interface", TWO.remove(PEER + "/peerAddress"),
                        TWO.remove(PEER + "/peerAddress").set(PEER + "/interface", "eth1")).expecting("peer has no Address or Interface specified"),
                RuleCase.of("METALLB-PEER-ADDRESS-AND-INTERFACE", "peerAddress and interface", TWO.set(PEER + "/interface", "eth1"),
                        TWO.remove(PEER + "/peerAddress").set(PEER + "/interface", "eth1")),
                RuleCase.of("METALLB-PEER-INVALID-IP", "peerAddress with a prefix length", TWO.set(PEER + "/peerAddress", "192.168.247.254/24"),
                        TWO.set(PEER + "/peerAddress", "192.168.247.254")).expecting("invalid BGPPeer address \"192.168.247.254/24\""),
                RuleCase.of("METALLB-PEER-INVALID-IP", "a three-part router ID", TWO.set(PEER + "/routerID", "10.0.1"),
                        TWO.set(PEER + "/routerID", "10.0.0.1")).expecting("invalid router ID"),
                RuleCase.of("METALLB-PEER-PORT", "peerPort 16385", TWO.set(PEER + "/peerPort", "16385"), TWO.set(PEER + "/peerPort", "16384")),
                RuleCase.of("METALLB-PEER-HOLD-TIME", "holdTime 2s", TWO.set(PEER + "/holdTime", "2s"), TWO.set(PEER + "/holdTime", "3s"))
                        .expecting("must be 0 or >=3s"),
                RuleCase.of("METALLB-PEER-HOLD-TIME", "keepaliveTime 900ms derives hold 2.7s", TWO.set(PEER + "/keepaliveTime", "900ms"),
                        TWO.set(PEER + "/keepaliveTime", "1s")).expecting("3 × keepaliveTime"),
                RuleCase.of("METALLB-PEER-HOLD-TIME", "a duration Go cannot parse", TWO.set(PEER + "/holdTime", "90"),
                        TWO.set(PEER + "/holdTime", "90s")).expecting("time: missing unit in duration"),
                RuleCase.of("METALLB-PEER-KEEPALIVE-TIME", "keepalive above hold", TWO.set(PEER + "/holdTime", "9s").set(PEER + "/keepaliveTime", "10s"),
                        TWO.set(PEER + "/holdTime", "9s").set(PEER + "/keepaliveTime", "9s")).expecting("must be lower than holdTime"),
                RuleCase.of("METALLB-PEER-CONNECT-TIME", "1.5 s is not whole seconds", TWO.set(PEER + "/connectTime", "1500ms"),
                        TWO.set(PEER + "/connectTime", "2s")).expecting("whole number of seconds"),
                RuleCase.of("METALLB-PEER-CONNECT-TIME", "65536 s is above the limit", TWO.set(PEER + "/connectTime", "65536s"),
                        TWO.set(PEER + "/connectTime", "65535s")).expecting("between 1 seconds to 65535"),
                RuleCase.of("METALLB-PEER-PASSWORD-BOTH", "password and passwordSecret",
                        TWO.set(PEER + "/password", "pw").set(PEER + "/passwordSecret", "bgp-secret"),
                        TWO.set(PEER + "/passwordSecret", "bgp-secret")).expecting("can not have both password and secret ref"),
                RuleCase.of("METALLB-PEER-PASSWORD-SECRET", "passwordSecret names an Opaque Secret",
                        TWO.set(PEER + "/passwordSecret", "bgp-secret").set(C + "/metallb/secrets", "[{name: bgp-secret, type: Opaque, keys: [password]}]"),
                        TWO.set(PEER + "/passwordSecret", "bgp-secret").set(C + "/metallb/secrets",
                                "[{name: bgp-secret, type: kubernetes.io/basic-auth, keys: [password]}]")).expecting("secret type mismatch"),
                RuleCase.of("METALLB-PEER-PASSWORD-SECRET", "passwordSecret names a Secret without a password key",
                        TWO.set(PEER + "/passwordSecret", "bgp-secret").set(C + "/metallb/secrets",
                                "[{name: bgp-secret, type: kubernetes.io/basic-auth, keys: [username]}]"),
                        TWO.set(PEER + "/passwordSecret", "bgp-secret")).expecting("password not specified in the secret"),
                RuleCase.of("METALLB-PEER-PASSWORD-PLAINTEXT", "a plain-text password", TWO.set(PEER + "/password", "pw"),
                        TWO.set(PEER + "/passwordSecret", "bgp-secret")),
                RuleCase.of("METALLB-PEER-DUPLICATE", "two BGPPeers with one name",
                        TWO.set(C + "/metallb/peers/1", PEER2.replace("second", "gateway-alfa-unoone")), TWO.set(C + "/metallb/peers/1", PEER2))
                        .expecting("already exists"),
                RuleCase.of("METALLB-PEER-DUPLICATE", "legacy ConfigMap: two unnamed peers with the same settings",
                        MK.set(C + "/metallb/peers/1", "{name: peer2, myASN: 64636, peerASN: 64635, peerAddress: 172.22.35.1}"),
                        MK.set(C + "/metallb/peers/1", "{name: peer2, myASN: 64636, peerASN: 64635, peerAddress: 172.22.35.1, peerPort: 1179}")),
                RuleCase.of("METALLB-PEER-BFD-PROFILE-UNDEFINED", "a BFD profile that does not exist", TWO.set(PEER + "/bfdProfile", "nope"),
                        TWO.set(PEER + "/bfdProfile", "my-default")).expecting("referencing non existing bfd profile nope"),
                RuleCase.of("METALLB-PEER-SELECTS-NO-SPEAKER", "a node selector no node matches",
                        TWO.set(PEER + "/nodeSelectors", "[{matchLabels: {rack: r9}}]"),
                        TWO.set(PEER + "/nodeSelectors", "[{matchLabels: {rack: r9}}]").set(C + "/nodes/1/labels", "{rack: r9}")),
                RuleCase.of("METALLB-FRR-ROUTER-ID", "a second peer with a router ID the first lacks",
                        TWO.set(C + "/metallb/peers/1", PEER2.replace("}", ", routerID: 10.0.0.1}")), TWO.set(C + "/metallb/peers/1", PEER2))
                        .expecting("in FRR mode peers selecting the same node must all have the same RouterID"),
                // MetalLB main (checkFRRPeersCompatible): peers whose nodeSelectors pick disjoint nodes run in different FRRs.
                RuleCase.of("METALLB-FRR-ROUTER-ID", "different router IDs on peers that can share a node",
                        TWO.set(C + "/metallb/peers/1", PEER2.replace("}", ", routerID: 10.0.0.1, nodeSelectors: [{matchLabels: {zone: a}}]}"))
                                .set(C + "/nodes/1/labels", "{zone: a}").set(C + "/nodes/2/labels", "{zone: b}"),
                        TWO.set(C + "/metallb/peers/1", PEER2.replace("}", ", routerID: 10.0.0.1, nodeSelectors: [{matchLabels: {zone: b}}]}"))
                                .set(PEER + "/nodeSelectors", "[{matchLabels: {zone: a}}]").set(C + "/nodes/1/labels", "{zone: a}")
                                .set(C + "/nodes/2/labels", "{zone: b}")).expecting("both select node"),
                RuleCase.of("METALLB-FRR-MY-ASN", "a second peer with another myASN in the default VRF",
                        TWO.set(C + "/metallb/peers/1", PEER2.replace("myASN: 64859", "myASN: 64860")),
                        TWO.set(C + "/metallb/peers/1", PEER2.replace("myASN: 64859", "myASN: 64860").replace("}", ", vrf: red}")))
                        .expecting("peers selecting the same node must have the same myAsn within the same VRF"),
                RuleCase.of("METALLB-FRR-MY-ASN", "another myASN on a peer that can share a node",
                        TWO.set(C + "/metallb/peers/1", PEER2.replace("myASN: 64859", "myASN: 64860")),
                        TWO.set(C + "/metallb/peers/1", PEER2.replace("myASN: 64859", "myASN: 64860").replace("}", ", nodeSelectors: [{matchLabels: {zone: b}}]}"))
                                .set(PEER + "/nodeSelectors", "[{matchLabels: {zone: a}}]").set(C + "/nodes/1/labels", "{zone: a}")
                                .set(C + "/nodes/2/labels", "{zone: b}")),
                RuleCase.of("METALLB-FRR-DUPLICATE-PEER", "two peers to one address selecting common nodes",
                        TWO.set(C + "/metallb/peers/1", PEER2.replace(".253", ".254")),
                        TWO.set(C + "/metallb/peers/1", PEER2.replace(".253", ".254").replace("}", ", nodeSelectors: [{matchLabels: {zone: b}}]}"))
                                .set(PEER + "/nodeSelectors", "[{matchLabels: {zone: a}}]").set(C + "/nodes/1/labels", "{zone: a}")
                                .set(C + "/nodes/2/labels", "{zone: b}")).expecting("FRR mode doesn't support duplicate BGPPeers"),
                RuleCase.of("METALLB-NATIVE-UNSUPPORTED", "keepaliveTime on the native speaker", MK.set(PEER + "/keepaliveTime", "30s"),
                        MK.set(PEER + "/keepaliveTime", "0s")).expecting("has keepalive-time set on native bgp mode"),
                RuleCase.of("METALLB-NATIVE-UNSUPPORTED", "a large community on the native speaker",
                        MK.set(ADV + "/communities", "['large:64636:0:1']"), MK.set(ADV + "/communities", "['64636:1']"))
                        .expecting("native BGP mode only supports legacy communities"),
                RuleCase.of("METALLB-ADV-AGGREGATION-LENGTH", "aggregationLength 33", TWO.set(ADV + "/aggregationLength", "33"),
                        TWO.set(ADV + "/aggregationLength", "32")).expecting("invalid aggregation length 33 for IPv4"),
                RuleCase.of("METALLB-ADV-AGGREGATION-LENGTH", "aggregationLength 0 (schema minimum 1)", TWO.set(ADV + "/aggregationLength", "0"),
                        TWO.set(ADV + "/aggregationLength", "1")),
                RuleCase.of("METALLB-ADV-AGGREGATION-POOL", "aggregating the /29 pool to /28", TWO.set(ADV + "/aggregationLength", "28"),
                        TWO.set(ADV + "/aggregationLength", "29")).expecting("prefix 29 in this pool is more specific than the aggregation length"),
                RuleCase.of("METALLB-ADV-SERVICE-SELECTORS", "service selectors with aggregation length 30",
                        TWO.set(ADV + "/serviceSelectors", "[{matchLabels: {app: echo}}]").set(ADV + "/aggregationLength", "30"),
                        TWO.set(ADV + "/serviceSelectors", "[{matchLabels: {app: echo}}]").set(ADV + "/aggregationLength", "32"))
                        .expecting("serviceSelectors and aggregationLength are mutually exclusive"),
                RuleCase.of("METALLB-ADV-LOCALPREF-CONFLICT", "a second advertisement of the pool with another localPref",
                        TWO.set(C + "/metallb/advertisements/1", "{name: adv2, ipAddressPools: [anycast-pool], localPref: 200}"),
                        TWO.set(C + "/metallb/advertisements/1", "{name: adv2, ipAddressPools: [anycast-pool], localPref: 200, aggregationLength: 30}"))
                        .expecting("invalid local preference 200"),
                RuleCase.of("METALLB-ADV-LOCALPREF-CONFLICT", "exception: the advertisements' nodes are disjoint",
                        TWO.set(C + "/metallb/advertisements/1", "{name: adv2, ipAddressPools: [anycast-pool], localPref: 200}"),
                        TWO.set(C + "/metallb/advertisements/1", "{name: adv2, ipAddressPools: [anycast-pool], localPref: 200, nodeSelectors: [{matchLabels: {zone: b}}]}")
                                .set(ADV + "/nodeSelectors", "[{matchLabels: {zone: a}}]").set(C + "/nodes/1/labels", "{zone: a}")
                                .set(C + "/nodes/2/labels", "{zone: b}")),
                RuleCase.of("METALLB-ADV-LOCALPREF-CONFLICT", "exception: service selectors are used",
                        TWO.set(C + "/metallb/advertisements/1", "{name: adv2, ipAddressPools: [anycast-pool], localPref: 200}"),
                        TWO.set(C + "/metallb/advertisements/1", "{name: adv2, ipAddressPools: [anycast-pool], localPref: 200, serviceSelectors: [{matchLabels: {app: x}}]}")),
                RuleCase.of("METALLB-ADV-LOCALPREF-CONFLICT", "exception: the advertisements' peers are disjoint",
                        TWO.set(C + "/metallb/peers/1", PEER2).set(C + "/metallb/advertisements/1", "{name: adv2, ipAddressPools: [anycast-pool], localPref: 200, peers: [second]}")
                                .set(ADV + "/peers", "[gateway-alfa-unoone, second]"),
                        TWO.set(C + "/metallb/peers/1", PEER2).set(C + "/metallb/advertisements/1", "{name: adv2, ipAddressPools: [anycast-pool], localPref: 200, peers: [second]}")
                                .set(ADV + "/peers", "[gateway-alfa-unoone]")),
                RuleCase.of("METALLB-ADV-LOCALPREF-EBGP", "seed 002: localpref 100 toward the eBGP router", MK, MK.remove(ADV + "/localPref")
                        .remove(C + "/metallb/advertisements/1/localPref")).expecting("has no effect toward BGPPeer peer1"),
                RuleCase.of("METALLB-ADV-LOCALPREF-EBGP", "the same localPref toward an iBGP peer is fine",
                        TWO.set(ADV + "/localPref", "150").set(PEER + "/peerASN", "64600"), TWO.set(ADV + "/localPref", "150")),
                RuleCase.of("METALLB-ADV-DUPLICATE", "two advertisements with one name",
                        TWO.set(C + "/metallb/advertisements/1", "{name: anycast-adv, ipAddressPools: [anycast-pool]}"),
                        TWO.set(C + "/metallb/advertisements/1", "{name: anycast-adv-2, ipAddressPools: [anycast-pool]}"))
                        .expecting("duplicate definition of bgpadvertisements"),
                RuleCase.of("METALLB-ADV-UNKNOWN-REFERENCE", "a peer name that does not exist", TWO.set(ADV + "/peers", "[gateway-alfa]"),
                        TWO.set(ADV + "/peers", "[gateway-alfa-unoone]")),
                RuleCase.of("METALLB-COMMUNITY-INVALID", "a 17-bit standard community part", TWO.set(ADV + "/communities", "['65536:1']"),
                        TWO.set(ADV + "/communities", "['65535:1']")).expecting("invalid section \"65536\""),
                RuleCase.of("METALLB-COMMUNITY-INVALID", "a 33-bit large community part", TWO.set(ADV + "/communities", "['large:1:2:4294967296']"),
                        TWO.set(ADV + "/communities", "['large:1:2:4294967295']")),
                RuleCase.of("METALLB-COMMUNITY-ALIAS-UNDEFINED", "an alias no Community defines", TWO.set(ADV + "/communities", "[no-export]"),
                        TWO.set(ADV + "/communities", "[no-export]").set(C + "/metallb/communities", "[{name: communities, communities: [{name: no-export, value: '65535:65281'}]}]"))
                        .expecting("invalid community format: no-export"),
                RuleCase.of("METALLB-COMMUNITY-DUPLICATE-ALIAS", "one alias defined twice",
                        TWO.set(C + "/metallb/communities", "[{name: c1, communities: [{name: a, value: '1:1'}, {name: a, value: '1:2'}]}]"),
                        TWO.set(C + "/metallb/communities", "[{name: c1, communities: [{name: a, value: '1:1'}, {name: b, value: '1:2'}]}]"))
                        .expecting("duplicate definition of community \"a\""),
                RuleCase.of("METALLB-SPEAKER-CILIUM-NO-BFD", "a Cilium cluster's peer names a BFD profile",
                        TWO.set(C + "/speaker", "cilium"), TWO.set(C + "/speaker", "frr-k8s"))
                        .expecting("has no effect with Cilium"),
                RuleCase.of("METALLB-BFD-RANGE", "receiveInterval 9 ms", TWO.set(BFD + "/receiveInterval", "9"), TWO.set(BFD + "/receiveInterval", "10"))
                        .expecting("must be in 10-60000 range"),
                RuleCase.of("METALLB-BFD-RANGE", "detectMultiplier 256", TWO.set(BFD + "/detectMultiplier", "256"), TWO.set(BFD + "/detectMultiplier", "255")),
                RuleCase.of("METALLB-BFD-DUPLICATE-NAME", "two profiles named my-default",
                        TWO.set(C + "/metallb/bfdProfiles/1", "{name: my-default}"), TWO.set(C + "/metallb/bfdProfiles/1", "{name: my-default-2}"))
                        .expecting("found duplicate bfd profile name my-default"),
                RuleCase.of("METALLB-BFD-ECHO-IPV6", "an IPv6 pool advertised to a peer with BFD echo",
                        TWO.set(C + "/metallb/pools/1", "{name: v6, addresses: ['2001:db8:1::/120']}").set(ADV + "/ipAddressPools", "[anycast-pool, v6]")
                                .set(BFD + "/echoMode", "true"),
                        TWO.set(C + "/metallb/pools/1", "{name: v6, addresses: ['2001:db8:1::/120']}").set(ADV + "/ipAddressPools", "[anycast-pool, v6]")
                                .set(BFD + "/echoMode", "false")).expecting("which has bfd echo enabled, which is not possible"));
    }
}
