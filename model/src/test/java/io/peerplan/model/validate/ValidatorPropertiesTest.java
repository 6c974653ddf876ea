package io.peerplan.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the edits, the validator finishes every rule, is deterministic, names only elements
 * that exist and orders its findings errors first. The edits are the kinds users make: ASNs,
 * addresses, timers, removed sessions, BFD on one side.
 */
class ValidatorPropertiesTest {
    private static final Fixture TWO = Fixture.sample("two-dc-anycast");

    /** A named edit of the two-dc-anycast sample. */
    record Edit(String name, java.util.function.UnaryOperator<Fixture> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Provide
    Arbitrary<Edit> edits() {
        Arbitrary<String> asn = Arbitraries.of("0", "1", "23456", "64859", "64860", "65101", "65535", "4200000000", "4294967295");
        Arbitrary<String> anyLong = Arbitraries.of("-1", "4294967296", "99999999999", "64859");
        Arbitrary<String> ip = Arbitraries.of("192.168.247.254", "192.168.247.101", "198.51.100.9", "198.51.100.14", "10.0.0.1", "203.0.113.70");
        Arbitrary<String> cidr = Arbitraries.of("203.0.113.64/29", "203.0.113.64/28", "192.168.247.0/24", "203.0.113.70-203.0.113.64", "10.0.0.0/33", "2001:db8::/120");
        Arbitrary<String> duration = Arbitraries.of("0s", "500ms", "2s", "3s", "90s", "1m30s", "abc");
        Arbitrary<Integer> peering = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> cluster = Arbitraries.integers().between(0, 1);
        return Arbitraries.oneOf(
                asn.map(a -> new Edit("router asn " + a, f -> f.set("/routers/0/asn", a))),
                asn.map(a -> new Edit("peer myASN " + a, f -> f.set("/clusters/0/metallb/peers/0/myASN", a))),
                asn.map(a -> new Edit("peer peerASN " + a, f -> f.set("/clusters/1/metallb/peers/0/peerASN", a))),
                anyLong.map(a -> new Edit("peer myASN out of range " + a, f -> f.set("/clusters/1/metallb/peers/0/myASN", a))),
                anyLong.map(a -> new Edit("peer localASN " + a, f -> f.set("/clusters/0/metallb/peers/0/localASN", a))),
                ip.map(a -> new Edit("peerAddress " + a, f -> f.set("/clusters/0/metallb/peers/0/peerAddress", a))),
                ip.map(a -> new Edit("node address " + a, f -> f.set("/clusters/0/nodes/1/address", a))),
                ip.map(a -> new Edit("Antares neighbor " + a, f -> f.set("/peerings/1/b/peerAddress", a))),
                cidr.map(c -> new Edit("pool " + c, f -> f.set("/clusters/0/metallb/pools/0/addresses", "['" + c + "']"))),
                cidr.map(c -> new Edit("extra pool " + c, f -> f.set("/clusters/1/metallb/pools/1", "{name: extra, addresses: ['" + c + "']}"))),
                duration.map(d -> new Edit("holdTime " + d, f -> f.set("/clusters/0/metallb/peers/0/holdTime", d))),
                duration.map(d -> new Edit("keepaliveTime " + d, f -> f.set("/clusters/1/metallb/peers/0/keepaliveTime", d))),
                peering.map(i -> new Edit("remove peering " + i, f -> f.remove("/peerings/" + i))),
                peering.map(i -> new Edit("BFD on side a of peering " + i, f -> f.set("/peerings/" + i + "/a/config/bfd", "true"))),
                cluster.map(i -> new Edit("remove advertisements of cluster " + i, f -> f.remove("/clusters/" + i + "/metallb/advertisements"))),
                cluster.map(i -> new Edit("native backend on cluster " + i, f -> f.set("/clusters/" + i + "/backend", "native"))),
                Arbitraries.of("internal", "external", "64859", "x").map(r -> new Edit("peer-group remote-as " + r,
                        f -> f.set("/routers/1/peerGroups/0/config/remoteAs", r))),
                Arbitraries.of("quagga", "routeros-v6", "routeros-v7", "external").map(p -> new Edit("platform " + p,
                        f -> f.set("/routers/0/platform", p))),
                Arbitraries.integers().between(1, 40).map(n -> new Edit("aggregation " + n, f -> f.set("/clusters/0/metallb/advertisements/0/aggregationLength", "" + n))),
                Arbitraries.of("65535:1", "65536:1", "large:1:2:3", "no-export").map(c -> new Edit("community " + c,
                        f -> f.set("/clusters/1/metallb/advertisements/0/communities", "['" + c + "']"))));
    }

    @Property(tries = 100)
    void validatorIsTotalDeterministicAndNamesRealElements(@ForAll @Size(max = 5) List<@From("edits") Edit> edits) {
        Fixture f = TWO;
        for (Edit e : edits) {
            try {
                f = e.apply().apply(f);
            } catch (IllegalArgumentException gone) {
                // An earlier edit removed what this one changes; skip it.
            }
        }
        Topology t;
        try {
            t = f.topology();
        } catch (IllegalStateException notLoadable) {
            Assume.that(false);
            return;
        }
        List<Finding> first = Validator.validate(t);
        assertThat(Validator.validate(t)).isEqualTo(first);
        assertThat(first).noneMatch(x -> x.message().startsWith("Peerplan could not finish"));
        assertThat(first).noneMatch(x -> x.message().contains("null"));
        TopologyIndex index = new TopologyIndex(t);
        assertThat(first).allSatisfy(x -> {
            assertThat(Validator.rule(x.ruleId())).isPresent();
            assertThat(x.elementIds()).isNotEmpty().allSatisfy(id -> assertThat(index.contains(id)).as(id + " in " + x.message()).isTrue());
        });
        assertThat(first).isSortedAccordingTo(Finding.ORDER);
    }
}
