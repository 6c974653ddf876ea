package io.peerplan.model.validate;

import java.util.List;

/** Trigger and near-miss fixtures for the policy and platform family. */
final class PolicyCases {
    static final Fixture TWO = Fixture.sample("two-dc-anycast");
    static final Fixture MK = Fixture.sample("mikrotik-core");
    static final Fixture HL = Fixture.sample("homelab-openwrt-quagga");
    static final String GROUP = "/routers/0/peerGroups/0/config";

    private PolicyCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("POLICY-EBGP-REQUIRES-POLICY", "no inbound policy toward Antares with frr defaults traditional",
                        TWO.remove("/peerings/1/a/config/prefixListIn"), TWO).expecting("accepts nothing from it and shows (Policy)"),
                RuleCase.of("POLICY-EBGP-REQUIRES-POLICY", "eBGP speakers and no inbound policy on the gateway's peer-group",
                        TWO.set("/clusters/0/metallb/peers/0/myASN", "65000").set(GROUP + "/remoteAs", "external"),
                        TWO.set("/clusters/0/metallb/peers/0/myASN", "65000").set(GROUP + "/remoteAs", "external")
                                .set(GROUP + "/prefixListIn", "my_anycast_subnet")).expecting("the service IPs never get past"),
                RuleCase.of("POLICY-NETWORK-NO-ROUTE", "seed 000: network 203.0.113.64/29 without a route for it", TWO,
                        TWO.set("/routers/0/staticRoutes", "[{prefix: 203.0.113.64/29, blackhole: true}]")
                                .set("/routers/1/staticRoutes", "[{prefix: 203.0.113.64/29, blackhole: true}]")).expecting("no route for exactly 203.0.113.64/29"),
                RuleCase.of("POLICY-LOCALPREF-TO-EBGP", "prpnd_private sets local-preference toward Antares",
                        TWO.set("/routers/0/routeMaps/0/entries/0/set/localPreference", "200"), TWO.set("/routers/0/routeMaps/0/entries/0/set/med", "10")),
                RuleCase.of("POLICY-OUTBOUND-DENIES-SERVICES", "my_anycast_subnet without 'le 32' denies the /32s",
                        TWO.remove("/routers/0/prefixLists/1/entries/0/le"), TWO).expecting("does not pass 203.0.113.65/32"),
                RuleCase.of("POLICY-OUTBOUND-DENIES-SERVICES", "an outbound route-map whose only entry denies",
                        TWO.set("/routers/0/routeMaps/0/entries/0/action", "deny"), TWO).expecting("route-map prpnd_private"),
                RuleCase.of("POLICY-UNDEFINED-REFERENCE", "a misspelt outbound route-map", TWO.set("/peerings/1/a/config/routeMapOut", "prpnd_privat"),
                        TWO.set("/peerings/1/a/config/routeMapOut", "prpnd_private")).expecting("an undefined route-map denies every route"),
                RuleCase.of("POLICY-UNDEFINED-REFERENCE", "a listen range bound to a missing peer-group",
                        TWO.set("/routers/0/bgp/listenRanges/0/peerGroup", "mks"), TWO).expecting("peer-group mks"),
                RuleCase.of("POLICY-PLATFORM-NO-BFD", "BFD toward a node on Quagga", HL.set("/peerings/0/b/config/bfd", "true"),
                        HL.set("/peerings/0/b/config/bfd", "false")).expecting("which has no BFD"),
                RuleCase.of("POLICY-PLATFORM-NO-LISTEN-RANGE", "a listen range on Quagga",
                        HL.set("/routers/0/bgp", "{listenRanges: [{range: 192.168.1.0/24, peerGroup: nodes}]}").set("/routers/0/peerGroups", "[{name: nodes, config: {remoteAs: '65001'}}]"),
                        HL.set("/routers/0/peerGroups", "[{name: nodes, config: {remoteAs: '65001'}}]")),
                RuleCase.of("POLICY-PLATFORM-NO-REMOTE-AS-KEYWORD", "remote-as external on Quagga", HL.set("/peerings/0/b/config/remoteAs", "external"),
                        HL.set("/peerings/0/b/config/remoteAs", "65001")),
                RuleCase.of("POLICY-PLATFORM-FRR-ONLY", "frr defaults on Quagga", HL.set("/routers/0/bgp", "{defaults: traditional}"),
                        HL.set("/routers/0/bgp", "{networkImportCheck: false}")),
                RuleCase.of("POLICY-PLATFORM-NO-BFD-ECHO", "a RouterOS BFD profile with echo", MK.set("/routers/0/bfdProfiles", "[{name: p, echoMode: true}]"),
                        MK.set("/routers/0/bfdProfiles", "[{name: p, echoMode: false}]")).expecting("no BFD echo mode"));
    }
}
