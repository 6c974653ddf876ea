package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The split of a config into its session part and its route-originating part. */
class OriginationTest {
    @Test
    void movesNetworksRedistributionAndDefaultOriginateToTheRoutePart() {
        String conf = """
                ip route 203.0.113.0/24 blackhole
                router bgp 65001
                 neighbor 198.51.100.2 remote-as 65002
                 neighbor 198.51.100.2 default-originate
                 !
                 address-family ipv4 unicast
                  network 203.0.113.0/24
                  redistribute connected route-map C
                  neighbor 198.51.100.2 default-originate
                  neighbor 198.51.100.2 route-map OUT out
                 exit-address-family
                exit
                route-map C permit 10
                exit
                """;
        Origination o = Origination.split(conf);
        assertThat(o.sessions()).contains("ip route 203.0.113.0/24 blackhole", "neighbor 198.51.100.2 route-map OUT out",
                "route-map C permit 10").doesNotContain("network 203.0.113.0/24", "redistribute", "default-originate");
        assertThat(o.routes()).isEqualTo("""
                router bgp 65001
                 address-family ipv4 unicast
                  neighbor 198.51.100.2 default-originate
                  network 203.0.113.0/24
                  redistribute connected route-map C
                  neighbor 198.51.100.2 default-originate
                 exit-address-family
                exit
                """);
    }

    @Test
    void aConfigOriginatingNothingHasAnEmptyRoutePart() {
        assertThat(Origination.split("router bgp 1\n neighbor 10.0.0.1 remote-as 2\nexit\n").routes()).isEmpty();
    }
}
