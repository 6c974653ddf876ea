package io.peerplan.model.validate.core;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import io.peerplan.model.session.Ips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pool entries parsed with MetalLB's rules: Go's strict CIDRs, ranges summarised into prefix blocks. */
class PoolViewTest {

    @Test
    void rangeIsSummarisedIntoCidrs() {
        PoolView.Entry e = PoolView.parse("192.168.0.30-192.168.0.49");
        assertThat(e.valid()).isTrue();
        assertThat(e.cidrs()).extracting(Ips::cidrText).containsExactly("192.168.0.30/31", "192.168.0.32/28", "192.168.0.48/31");
    }

    @Test
    void cidrWithHostBitsNamesItsNetwork() {
        assertThat(PoolView.parse("10.0.0.5/24").cidrs()).extracting(Ips::cidrText).containsExactly("10.0.0.0/24");
    }

    @Test
    void reversedRangeIsFlagged() {
        PoolView.Entry e = PoolView.parse("10.0.0.9-10.0.0.1");
        assertThat(e.reversedRange()).isTrue();
        assertThat(e.error()).contains("start IP \"10.0.0.9\" is after the end IP \"10.0.0.1\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0", "010.0.0.0/24", "10.0.0/24", "10.0.0.0/24/1", "fe80::1%eth0/64", "x-10.0.0.1", "10.0.0.1-y"})
    void invalidEntries(String text) {
        assertThat(PoolView.parse(text).valid()).isFalse();
    }

    @Test
    void ipv6() {
        IPAddress c = PoolView.parse("2001:db8::/120").cidrs().getFirst();
        assertThat(c.isIPv6()).isTrue();
        assertThat(Ips.overlaps(c, Ips.parseCidr("2001:db8::80/121"))).isTrue();
        assertThat(Ips.overlaps(c, Ips.parseCidr("10.0.0.0/8"))).isFalse();
    }
}
