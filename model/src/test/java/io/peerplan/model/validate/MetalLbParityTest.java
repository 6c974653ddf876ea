package io.peerplan.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.validate.metallb.MetalLbRules;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MetalLB resource sets that the real admission path (API server schema + MetalLB v0.16 webhook,
 * reference.md §1 and internal/config) accepts or rejects, and Peerplan's verdict on each: rejected
 * exactly when a MetalLB admission rule reports an error. Rejections also carry MetalLB's own words.
 */
class MetalLbParityTest {
    private static final Set<String> ADMISSION = MetalLbRules.admissionRuleIds();
    private static final String NODES = """
            schemaVersion: 1
            name: parity
            clusters:
            - id: c
              backend: frr
              nodes:
              - {id: n1, name: n1, address: 10.0.0.11, role: worker, labels: {zone: a}}
              - {id: n2, name: n2, address: 10.0.0.12, role: worker, labels: {zone: b}}
            """;
    private static final String POOL = "{name: p1, addresses: ['10.10.0.0/24']}";
    private static final String PEER = "{name: r1, myASN: 64500, peerASN: 64501, peerAddress: 10.0.0.1}";
    private static final String ADV = "{name: a1, ipAddressPools: [p1]}";

    enum Verdict { ACCEPT, REJECT }

    /** One resource set: the webhook's verdict, the MetalLB backend, the objects, MetalLB's message when it rejects. */
    record Case(String name, Verdict verdict, String backend, String metallb, String message) {
        @Override
        public String toString() {
            return verdict + ": " + name;
        }
    }

    static Case accept(String name, String metallb) {
        return new Case(name, Verdict.ACCEPT, "frr", metallb, null);
    }

    static Case reject(String name, String metallb, String message) {
        return new Case(name, Verdict.REJECT, "frr", metallb, message);
    }

    static Case nativeMode(Case c) {
        return new Case(c.name() + " (native)", c.verdict(), "native", c.metallb(), c.message());
    }

    static String set(String pools, String peers, String ads) {
        return "{pools: [" + pools + "], peers: [" + peers + "], advertisements: [" + ads + "]}";
    }

    static String withPeer(String peerFields) {
        return set(POOL, "{name: r1, myASN: 64500, " + peerFields + "}", ADV);
    }

    static Stream<Case> cases() {
        return Stream.of(
                accept("a pool, a peer and an advertisement", set(POOL, PEER, ADV)),
                accept("a start-end range", set("{name: p1, addresses: ['192.168.10.10-192.168.10.20']}", PEER, ADV)),
                accept("adjacent pools do not overlap", set(POOL + ", {name: p2, addresses: ['10.10.1.0/24']}", PEER, ADV)),
                accept("hold time 0 disables keepalives", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, holdTime: 0s")),
                accept("keepalive equal to hold", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, holdTime: 9s, keepaliveTime: 9s")),
                accept("hold 0.5s rounds down to 0", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, holdTime: 500ms")),
                accept("dynamicASN external", withPeer("dynamicASN: external, peerAddress: 10.0.0.1")),
                accept("ebgpMultiHop on an eBGP peer", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, ebgpMultiHop: true")),
                accept("peerPort 16384", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, peerPort: 16384")),
                accept("connectTime 10s", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, connectTime: 10s")),
                accept("a passwordSecret alone", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, passwordSecret: bgp-auth")),
                accept("legacy and large communities at their limits",
                        set(POOL, PEER, "{name: a1, ipAddressPools: [p1], communities: ['65535:65535', 'large:4294967295:0:1']}")),
                accept("a community alias that a Community defines",
                        "{pools: [" + POOL + "], peers: [" + PEER + "], advertisements: [{name: a1, communities: [no-export]}],"
                                + " communities: [{name: cs, communities: [{name: no-export, value: '65535:65281'}]}]}"),
                accept("an undefined alias is a transient error the webhook lets through",
                        set(POOL, PEER, "{name: a1, communities: [no-export]}")),
                accept("an undefined BFD profile is a transient error the webhook lets through",
                        withPeer("peerASN: 64501, peerAddress: 10.0.0.1, bfdProfile: later")),
                accept("different localPref, different aggregation lengths",
                        set(POOL, PEER, "{name: a1, localPref: 100}, {name: a2, localPref: 200, aggregationLength: 30}")),
                accept("different localPref, disjoint peers",
                        set(POOL, PEER + ", {name: r2, myASN: 64500, peerASN: 64502, peerAddress: 10.0.0.2}",
                                "{name: a1, localPref: 100, peers: [r1]}, {name: a2, localPref: 200, peers: [r2]}")),
                accept("different localPref, disjoint nodes", set(POOL, PEER,
                        "{name: a1, localPref: 100, nodeSelectors: [{matchLabels: {zone: a}}]}, {name: a2, localPref: 200, nodeSelectors: [{matchLabels: {zone: b}}]}")),
                accept("different localPref, one with service selectors",
                        set(POOL, PEER, "{name: a1, localPref: 100}, {name: a2, localPref: 200, serviceSelectors: [{matchLabels: {app: x}}]}")),
                accept("FRR: one address twice, but on disjoint nodes", set(POOL,
                        "{name: r1, myASN: 64500, peerASN: 64501, peerAddress: 10.0.0.1, nodeSelectors: [{matchLabels: {zone: a}}]},"
                                + " {name: r2, myASN: 64500, peerASN: 64501, peerAddress: 10.0.0.1, nodeSelectors: [{matchLabels: {zone: b}}]}", ADV)),
                accept("FRR: another myASN in another VRF",
                        set(POOL, PEER + ", {name: r2, myASN: 64510, peerASN: 64501, peerAddress: 10.0.0.2, vrf: red}", ADV)),
                accept("BFD profile values at their limits", "{pools: [" + POOL + "], peers: [" + PEER + "], advertisements: [" + ADV + "],"
                        + " bfdProfiles: [{name: b1, receiveInterval: 10, transmitInterval: 60000, detectMultiplier: 2, echoInterval: 60000, minimumTtl: 254},"
                        + " {name: b2, detectMultiplier: 255, minimumTtl: 1}]}"),
                accept("an IPv6 pool toward a peer whose BFD has no echo", "{pools: [{name: p6, addresses: ['2001:db8::/120']}],"
                        + " peers: [{name: r1, myASN: 64500, peerASN: 64501, peerAddress: 10.0.0.1, bfdProfile: b1}], advertisements: [{name: a1}],"
                        + " bfdProfiles: [{name: b1, echoMode: false}]}"),
                accept("aggregation length equal to the pool's", set(POOL, PEER, "{name: a1, aggregationLength: 24}")),
                accept("service selectors with the default aggregation length written out",
                        set(POOL, PEER, "{name: a1, aggregationLength: 32, serviceSelectors: [{matchLabels: {app: x}}]}")),
                nativeMode(accept("a plain peer with a hold time", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, holdTime: 90s"))),
                nativeMode(accept("keepaliveTime 0s counts as unset", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, keepaliveTime: 0s"))),

                reject("a pool without addresses", set("{name: p1, addresses: []}", PEER, ADV), "pool has no prefixes defined"),
                reject("prefix length 33", set("{name: p1, addresses: ['10.10.0.0/33']}", PEER, ADV), "invalid CIDR \"10.10.0.0/33\""),
                reject("a reversed range", set("{name: p1, addresses: ['10.10.0.20-10.10.0.10']}", PEER, ADV), "is after the end IP"),
                reject("a pool inside another", set(POOL + ", {name: p2, addresses: ['10.10.0.128/25']}", PEER, ADV), "overlaps with already defined CIDR"),
                reject("one pool listing a CIDR twice", set("{name: p1, addresses: ['10.10.0.0/24', '10.10.0.0/24']}", PEER, ADV), "overlaps"),
                reject("two pools with one name", set(POOL + ", {name: p1, addresses: ['10.20.0.0/24']}", PEER, ADV), "duplicate definition of pool \"p1\""),
                reject("myASN 0", set(POOL, "{name: r1, myASN: 0, peerASN: 64501, peerAddress: 10.0.0.1}", ADV), "missing local ASN"),
                reject("no peer ASN", withPeer("peerAddress: 10.0.0.1"), "missing peer ASN and dynamicASN"),
                reject("peerASN and dynamicASN", withPeer("peerASN: 64501, dynamicASN: external, peerAddress: 10.0.0.1"), "both peer ASN and dynamicASN specified"),
                reject("dynamicASN not in the enum", withPeer("dynamicASN: outside, peerAddress: 10.0.0.1"), "invalid dynamicASN outside"),
                reject("ebgpMultiHop on iBGP", withPeer("peerASN: 64500, peerAddress: 10.0.0.1, ebgpMultiHop: true"), "invalid ebgp-multihop parameter set for an ibgp peer"),
                reject("no address, no interface", withPeer("peerASN: 64501"), "peer has no Address or Interface specified"),
                reject("address and interface", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, interface: eth0"), "peer has both Address and Interface specified"),
                reject("a peer address that is no IP", withPeer("peerASN: 64501, peerAddress: 10.0.0.300"), "invalid BGPPeer address"),
                reject("a router ID that is no IP", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, routerID: router1"), "invalid router ID"),
                reject("a source address that is no IP", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, sourceAddress: eth0"), "invalid source IP"),
                reject("peerPort 0", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, peerPort: 0"), "greater than or equal to 1"),
                reject("hold time 2s", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, holdTime: 2s"), "must be 0 or >=3s"),
                reject("keepalive above hold", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, holdTime: 9s, keepaliveTime: 10s"), "must be lower than holdTime"),
                reject("keepalive 900ms alone derives hold 2.7s", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, keepaliveTime: 900ms"), "must be 0 or >=3s"),
                reject("connectTime below one second", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, connectTime: 500ms"), "between 1 seconds to 65535"),
                reject("connectTime with a fraction", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, connectTime: 1500ms"), "whole number of seconds"),
                reject("password and passwordSecret", withPeer("peerASN: 64501, peerAddress: 10.0.0.1, password: pw, passwordSecret: bgp-auth"),
                        "can not have both password and secret ref set"),
                reject("FRR: two router IDs", set(POOL, PEER + ", {name: r2, myASN: 64500, peerASN: 64502, peerAddress: 10.0.0.2, routerID: 10.0.0.11}", ADV),
                        "in FRR mode peers selecting the same node must all have the same RouterID"),
                reject("FRR: two myASN in one VRF", set(POOL, PEER + ", {name: r2, myASN: 64510, peerASN: 64501, peerAddress: 10.0.0.2}", ADV),
                        "peers selecting the same node must have the same myAsn within the same VRF"),
                reject("FRR: one address twice on common nodes", set(POOL, PEER + ", {name: r2, myASN: 64500, peerASN: 64501, peerAddress: 10.0.0.1}", ADV),
                        "FRR mode doesn't support duplicate BGPPeers"),
                nativeMode(reject("a BFD profile on a peer", "{pools: [" + POOL + "], peers: [{name: r1, myASN: 64500, peerASN: 64501, peerAddress: 10.0.0.1, bfdProfile: b1}],"
                        + " advertisements: [" + ADV + "], bfdProfiles: [{name: b1}]}", "has bfd-profile set on native bgp mode")),
                nativeMode(reject("a BFDProfile object", "{pools: [" + POOL + "], peers: [" + PEER + "], advertisements: [" + ADV + "], bfdProfiles: [{name: b1}]}",
                        "bfd profiles section set")),
                nativeMode(reject("dynamicASN", withPeer("dynamicASN: external, peerAddress: 10.0.0.1"), "has dynamicASN set on native bgp mode")),
                nativeMode(reject("an IPv6 pool over BGP", set("{name: p6, addresses: ['2001:db8::/120']}", PEER, "{name: a1}"),
                        "native bgp mode does not support ipv6")),
                nativeMode(reject("a large community", set(POOL, PEER, "{name: a1, communities: ['large:1:2:3']}"), "only supports legacy communities")),
                reject("aggregationLength 33", set(POOL, PEER, "{name: a1, aggregationLength: 33}"), "invalid aggregation length 33 for IPv4"),
                reject("aggregationLength 0", set(POOL, PEER, "{name: a1, aggregationLength: 0}"), "greater than or equal to 1"),
                reject("aggregationLengthV6 129", set(POOL, PEER, "{name: a1, aggregationLengthV6: 129}"), "invalid aggregation length 129 for IPv6"),
                reject("aggregation /16 over a /24 pool", set(POOL, PEER, "{name: a1, aggregationLength: 16}"),
                        "prefix 24 in this pool is more specific than the aggregation length"),
                reject("service selectors and aggregationLength 24",
                        set(POOL, PEER, "{name: a1, aggregationLength: 24, serviceSelectors: [{matchLabels: {app: x}}]}"),
                        "serviceSelectors and aggregationLength are mutually exclusive"),
                reject("two localPref values for the same update", set(POOL, PEER, "{name: a1, localPref: 100}, {name: a2, localPref: 200}"),
                        "invalid local preference 200"),
                reject("a community listed twice", set(POOL, PEER, "{name: a1, communities: ['1:1', '1:1']}"), "duplicate definition of community \"1:1\""),
                reject("a peer listed twice", set(POOL, PEER, "{name: a1, peers: [r1, r1]}"), "duplicate definition of peers \"r1\""),
                reject("a 17-bit community part", set(POOL, PEER, "{name: a1, communities: ['65536:1']}"), "invalid section \"65536\""),
                reject("a four-part community without the large marker", set(POOL, PEER, "{name: a1, communities: ['big:1:2:3']}"),
                        "invalid marker for large community"),
                reject("a Community whose value has three parts", "{pools: [" + POOL + "], peers: [" + PEER + "], advertisements: [" + ADV + "],"
                        + " communities: [{name: cs, communities: [{name: x, value: '1:2:3'}]}]}", "parsing community \"x\""),
                reject("one alias defined twice", "{pools: [" + POOL + "], peers: [" + PEER + "], advertisements: [" + ADV + "],"
                        + " communities: [{name: cs, communities: [{name: x, value: '1:2'}, {name: x, value: '1:3'}]}]}", "duplicate definition of community \"x\""),
                reject("receiveInterval 9 ms", "{pools: [" + POOL + "], peers: [" + PEER + "], advertisements: [" + ADV + "],"
                        + " bfdProfiles: [{name: b1, receiveInterval: 9}]}", "invalid receive interval value"),
                reject("minimumTtl 255", "{pools: [" + POOL + "], peers: [" + PEER + "], advertisements: [" + ADV + "],"
                        + " bfdProfiles: [{name: b1, minimumTtl: 255}]}", "must be in 1-254 range"),
                reject("two BFD profiles with one name", "{pools: [" + POOL + "], peers: [" + PEER + "], advertisements: [" + ADV + "],"
                        + " bfdProfiles: [{name: b1}, {name: b1}]}", "found duplicate bfd profile name b1"),
                reject("an IPv6 pool toward a peer with BFD echo", "{pools: [{name: p6, addresses: ['2001:db8::/120']}],"
                        + " peers: [{name: r1, myASN: 64500, peerASN: 64501, peerAddress: 10.0.0.1, bfdProfile: b1}], advertisements: [{name: a1}],"
                        + " bfdProfiles: [{name: b1, echoMode: true}]}", "which has bfd echo enabled, which is not possible"),
                reject("an object name Kubernetes refuses", set("{name: Pool_1, addresses: ['10.10.0.0/24']}", PEER, "{name: a1}"),
                        "a lowercase RFC 1123 subdomain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void peerplanAgreesWithTheWebhook(Case c) {
        Fixture f = Fixture.yaml(NODES.replace("backend: frr", "backend: " + c.backend())).set("/clusters/0/metallb", c.metallb());
        List<Finding> refusals = f.findings().stream().filter(x -> x.severity() == Severity.ERROR && ADMISSION.contains(x.ruleId())).toList();
        if (c.verdict() == Verdict.ACCEPT) {
            assertThat(refusals).as("Peerplan rejects what MetalLB accepts: " + c.name()).isEmpty();
        } else {
            assertThat(refusals).as("Peerplan accepts what MetalLB rejects: " + c.name()).isNotEmpty();
            assertThat(refusals).extracting(Finding::message).as("MetalLB's words").anyMatch(m -> m.contains(c.message()));
        }
    }

    @Test
    void coversAtLeastFortyCasesBothWays() {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all).filteredOn(c -> c.verdict() == Verdict.ACCEPT).hasSizeGreaterThanOrEqualTo(15);
        assertThat(all).filteredOn(c -> c.verdict() == Verdict.REJECT).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void transientErrorsAreStillReportedAsLoadErrors() {
        Fixture f = Fixture.yaml(NODES).set("/clusters/0/metallb", set(POOL, PEER, "{name: a1, communities: [no-export]}"));
        assertThat(f.findings("METALLB-COMMUNITY-ALIAS-UNDEFINED")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
        assertThat(ADMISSION).doesNotContain("METALLB-COMMUNITY-ALIAS-UNDEFINED", "METALLB-PEER-BFD-PROFILE-UNDEFINED");
    }
}
