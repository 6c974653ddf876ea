package io.peerplan.export.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.Designs;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RouterOS scripts: seed 002's own v6 form, filters that keep FRR's first-match order, quoting. */
class RouterOsGeneratorTest {

    @Test
    void seed002RouterIsWrittenInTheSeedsForm() {
        Topology t = Designs.load("mikrotik-core");
        TopologyIndex i = new TopologyIndex(t);
        List<String> w = new ArrayList<>();
        String rsc = RouterOsV6Generator.generate(i, i.router("core").orElseThrow(), List.of(), w);
        assertThat(rsc).contains("/routing bgp instance\nset default as=64635 redistribute-connected=yes redistribute-static=yes "
                + "router-id=10.45.254.2\n/routing bgp peer\nadd multihop=no name=kube1 remote-address=172.22.35.25 remote-as=64636 "
                + "ttl=default\n");
        assertThat(w).isEmpty();
    }

    @Test
    void v6PrefixListsFilterBeforeTheRouteMapAndRouteMapsPrepend() {
        Topology t = Designs.load("two-dc-anycast");
        TopologyIndex i = new TopologyIndex(t);
        String rsc = RouterOsV6Generator.generate(i, i.router("gateway-bravo-bissotwo").orElseThrow(), List.of(), new ArrayList<>());
        assertThat(rsc).contains("add action=return chain=pl-my_anycast_subnet prefix=203.0.113.64/29 prefix-length=29-32\n"
                        + "add action=discard chain=pl-my_anycast_subnet prefix=0.0.0.0/0 prefix-length=0-32\n"
                        + "add action=discard chain=pl-my_anycast_subnet\n")
                // Three times the router's own AS: a count.
                .contains("set-bgp-prepend=3")
                .containsSubsequence("jump-target=pl-my_anycast_subnet", "jump-target=rm-prpnd_private");
    }

    @Test
    void v7ExpandsFirstMatchListsIntoOneCondition() {
        Topology t = Designs.load("every-construct");
        TopologyIndex i = new TopologyIndex(t);
        List<String> w = new ArrayList<>();
        String rsc = RouterOsV7Generator.generate(i, i.router("edge").orElseThrow(), List.of(), w);
        // from-upstream: deny 10/8 le 32, then permit any: "not 10/8, and anything".
        assertThat(rsc).contains("rule=\"if (!(!(dst in 10.0.0.0/8 && dst-len in 8-32) && (dst in 0.0.0.0/0))) { reject }\"")
                .contains("add chain=upstream-out rule=\"if ((dst in 198.51.100.0/24 && dst-len in 25-32) || (dst in 10.9.0.0/16 && dst-len == 16)) "
                        + "{ set bgp-path-prepend 2; append bgp-communities 65010:1,no-export; set bgp-med 20; accept }\"")
                .contains("remote.address=10.10.0.0/25")
                .contains("tcp-md5-key=@@SECRET:bgp-upstream@@");
        assertThat(w).anyMatch(x -> x.contains("static BFD peers"));
    }

    @Test
    void valuesThatAreNotPlainWordsAreQuotedAndEscaped() {
        assertThat(RscLine.quote("kube1")).isEqualTo("kube1");
        assertThat(RscLine.quote("Upstream transit")).isEqualTo("\"Upstream transit\"");
        assertThat(RscLine.quote("a \"b\" $c \\d")).isEqualTo("\"a \\\"b\\\" \\$c \\\\d\"");
        assertThat(RscLine.add().prop("z", 1).prop("a", 2).flag("blackhole").toString()).isEqualTo("add a=2 blackhole z=1");
    }
}
