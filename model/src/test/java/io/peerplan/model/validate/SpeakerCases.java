package io.peerplan.model.validate;

import static io.peerplan.model.validate.MetalLbCases.C;
import static io.peerplan.model.validate.MetalLbCases.PEER;
import static io.peerplan.model.validate.MetalLbCases.TWO;

import java.util.List;

/**
 * Trigger and near-miss fixtures for frr-k8s's and Cilium's own rules: two-dc-anycast's k8s-alfa
 * (one iBGP peer gateway-alfa-unoone, AS 64859, BFD profile my-default) switched to that speaker.
 */
final class SpeakerCases {
    static final Fixture FRRK8S = TWO.set(C + "/speaker", "frr-k8s");
    static final Fixture CILIUM = TWO.set(C + "/speaker", "cilium");
    static final String PEER2 = C + "/metallb/peers/1";

    private SpeakerCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("FRRK8S-BFD-PROFILE-UNDEFINED", "an frr-k8s peer names a BFD profile nobody defines",
                        FRRK8S.set(PEER + "/bfdProfile", "fast"), FRRK8S)
                        .expecting("neighbor 64859@192.168.247.254 referencing non existing BFDProfile fast"),
                RuleCase.of("FRRK8S-LOCAL-ASN-IBGP", "localASN on the iBGP peer",
                        FRRK8S.set(PEER + "/localASN", "65010"), FRRK8S.set(PEER + "/localASN", "65010").set(PEER + "/peerASN", "65001"))
                        .expecting("localASN is not supported for iBGP sessions (neighbor ASN 64859 equals router ASN)"),
                RuleCase.of("FRRK8S-ROUTER-CONFLICT", "a second peer on every node with another myASN",
                        FRRK8S.set(PEER2, "{name: second, myASN: 64860, peerASN: 64859, peerAddress: 192.168.247.253}"),
                        FRRK8S.set(PEER2, "{name: second, myASN: 64859, peerASN: 64859, peerAddress: 192.168.247.253}"))
                        .expecting("different asns (64859 != 64860) specified for same vrf"),
                RuleCase.of("FRRK8S-ROUTER-CONFLICT", "two router IDs in one VRF (one unset is fine for frr-k8s, unlike MetalLB)",
                        FRRK8S.set(PEER + "/routerID", "10.0.0.1")
                                .set(PEER2, "{name: second, myASN: 64859, peerASN: 64859, peerAddress: 192.168.247.253, routerID: 10.0.0.2}"),
                        FRRK8S.set(PEER + "/routerID", "10.0.0.1")
                                .set(PEER2, "{name: second, myASN: 64859, peerASN: 64859, peerAddress: 192.168.247.253}"))
                        .expecting("different router ids (10.0.0.1 != 10.0.0.2)"),
                RuleCase.of("FRRK8S-DISABLE-MP", "disableMP on an frr-k8s peer",
                        FRRK8S.set(PEER + "/disableMP", "true"), TWO.set(PEER + "/disableMP", "true"))
                        .expecting("disableMP is deprecated, is ignored"),
                RuleCase.of("FRRK8S-TO-RECEIVE-SELECTOR", "ge above le",
                        FRRK8S.set(PEER + "/toReceive", "{mode: filtered, prefixes: [{prefix: 10.0.0.0/8, le: 24, ge: 28}]}"),
                        FRRK8S.set(PEER + "/toReceive", "{mode: filtered, prefixes: [{prefix: 10.0.0.0/8, le: 28, ge: 24}]}"))
                        .expecting("invalid selector lengths: ge 28 is bigger than le 24"),
                RuleCase.of("FRRK8S-TO-RECEIVE-SELECTOR", "a mask longer than le",
                        FRRK8S.set(PEER + "/toReceive", "{prefixes: [{prefix: 10.1.0.0/16, le: 8}]}"),
                        FRRK8S.set(PEER + "/toReceive", "{prefixes: [{prefix: 10.1.0.0/16, le: 16}]}"))
                        .expecting("cidr mask 16 is bigger than le 8"),
                RuleCase.of("FRRK8S-TO-RECEIVE-SELECTOR", "not a CIDR",
                        FRRK8S.set(PEER + "/toReceive", "{prefixes: [{prefix: 10.0.0.0}]}"),
                        FRRK8S.set(PEER + "/toReceive", "{prefixes: [{prefix: 10.0.0.0/8}]}"))
                        .expecting("failed to parse prefix 10.0.0.0"),
                RuleCase.of("FRRK8S-TO-RECEIVE-IGNORED", "toReceive on a MetalLB cluster",
                        TWO.set(PEER + "/toReceive", "{mode: all}"), FRRK8S.set(PEER + "/toReceive", "{mode: all}"))
                        .expecting("toReceive has no effect with MetalLB"),
                RuleCase.of("CILIUM-CLUSTER-CONFIG-CONFLICT", "a second peer with another myASN: a second cluster config on the same nodes",
                        CILIUM.set(PEER2, "{name: second, myASN: 64860, peerASN: 64859, peerAddress: 192.168.247.253}"),
                        CILIUM.set(PEER2, "{name: second, myASN: 64859, peerASN: 64859, peerAddress: 192.168.247.253}"))
                        .expecting("node alfa-worker-1 is selected by CiliumBGPClusterConfigs k8s-alfa-1 (peer gateway-alfa-unoone) and k8s-alfa-2 (peer second)"),
                RuleCase.of("CILIUM-CLUSTER-CONFIG-CONFLICT", "a node selector of its own, overlapping the other peer's every node",
                        CILIUM.set(PEER2, "{name: second, myASN: 64859, peerASN: 64859, peerAddress: 192.168.247.253, nodeSelectors: [{matchLabels: {}}]}"),
                        CILIUM.set(PEER2, "{name: second, myASN: 64859, peerASN: 64859, peerAddress: 192.168.247.253, nodeSelectors: [{matchLabels: {rack: r9}}]}")),
                RuleCase.of("CILIUM-TIMERS", "MetalLB's hold time 0 (no keepalives)",
                        CILIUM.set(PEER + "/holdTime", "0s"), CILIUM.set(PEER + "/holdTime", "3s"))
                        .expecting("holdTimeSeconds 0, keepAliveTimeSeconds 0"),
                RuleCase.of("CILIUM-AGGREGATION-IGNORED", "aggregationLength 24 on a Cilium cluster",
                        CILIUM.set(C + "/metallb/advertisements/0/aggregationLength", "24"),
                        CILIUM.set(C + "/metallb/advertisements/0/aggregationLength", "32"))
                        .expecting("aggregationLength 24 has no Cilium equivalent"),
                RuleCase.of("CILIUM-AUTH-SECRET", "the Secret holds the password under another key",
                        CILIUM.set(PEER + "/passwordSecret", "bgp-auth").set(C + "/metallb/secrets", "[{name: bgp-auth, type: Opaque, keys: [pass]}]"),
                        CILIUM.set(PEER + "/passwordSecret", "bgp-auth").set(C + "/metallb/secrets", "[{name: bgp-auth, type: Opaque, keys: [password]}]"))
                        .expecting("failed to fetch secret \"bgp-auth\": missing password key"));
    }
}
