package io.peerplan.model.validate;

import java.util.List;

/** Trigger and near-miss fixtures for the AS-number family. */
final class AsnCases {
    static final Fixture TWO = Fixture.sample("two-dc-anycast");

    private AsnCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("ASN-RESERVED", "Antares in AS_TRANS", TWO.set("/routers/2/asn", "23456").set("/peerings/1/a/config/remoteAs", "23456"),
                        TWO.set("/routers/2/asn", "23457").set("/peerings/1/a/config/remoteAs", "23457")).expecting("AS_TRANS"),
                RuleCase.of("ASN-RESERVED", "a BGPPeer toward AS 65535", TWO.set("/clusters/0/metallb/peers/0/peerASN", "65535"),
                        TWO.set("/clusters/0/metallb/peers/0/peerASN", "65534")).expecting("RFC 7300"),
                RuleCase.of("ASN-PRIVATE-TO-PUBLIC", "a private AS toward a provider with a public AS",
                        TWO.set("/routers/2/asn", "3216").set("/peerings/1/a/config/remoteAs", "3216"), TWO)
                        .expecting("uses private AS 64859 toward provider Antares"),
                RuleCase.of("ASN-PRIVATE-TO-PUBLIC", "eBGP speakers' private AS in the path to a public provider",
                        TWO.set("/routers/2/asn", "3216").set("/peerings/1/a/config/remoteAs", "3216").set("/routers/0/asn", "3217")
                                .set("/peerings/1/b/config/remoteAs", "3217").set("/clusters/0/metallb/peers/0/peerASN", "3217")
                                .set("/routers/0/peerGroups/0/config/remoteAs", "external")
                                .set("/routers/0/routeMaps/0/entries/0/set/asPathPrepend", "[3217]"),
                        TWO.set("/routers/2/asn", "3216").set("/peerings/1/a/config/remoteAs", "3216").set("/routers/0/asn", "3217")
                                .set("/peerings/1/b/config/remoteAs", "3217").set("/clusters/0/metallb/peers/0/peerASN", "3217")
                                .set("/clusters/0/metallb/peers/0/myASN", "3217").set("/routers/0/routeMaps/0/entries/0/set/asPathPrepend", "[3217]"))
                        .expecting("AS path holds private AS [64859]"),
                RuleCase.of("ASN-FOUR-BYTE-IN-COMMUNITY", "a 4-byte AS in a standard community",
                        TWO.set("/routers/0/routeMaps/0/entries/0/set/communities", "['4200000001:100']"),
                        TWO.set("/routers/0/routeMaps/0/entries/0/set/communities", "['65000:100']")).expecting("16 bits"),
                RuleCase.of("ASN-PREPEND-FOREIGN", "Bravo prepends the provider's AS", TWO.set("/routers/1/routeMaps/0/entries/0/set/asPathPrepend", "[64859, 64600]"),
                        TWO.set("/routers/1/routeMaps/0/entries/0/set/asPathPrepend", "[64859, 64859]")).expecting("prepends AS [64600]"),
                RuleCase.of("ASN-SAME-AS-ACROSS-REGIONS", "seed 000: both gateways in AS 64859, default route from the providers",
                        TWO, TWO.set("/peerings/1/a/config/allowasIn", "1").set("/peerings/3/a/config/allowasIn", "1"))
                        .expecting("they still reach them through the default route"),
                RuleCase.of("ASN-SAME-AS-ACROSS-REGIONS", "without a default route it is a warning",
                        TWO.remove("/peerings/1/b/config/defaultOriginate").remove("/peerings/3/b/config/defaultOriginate"),
                        TWO.remove("/peerings/1/b/config/defaultOriginate").remove("/peerings/3/b/config/defaultOriginate")
                                .set("/peerings/1/a/config/allowasIn", "1").set("/peerings/3/a/config/allowasIn", "1"))
                        .expecting("traffic between regions has no route"));
    }
}
