package io.peerplan.export.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Management;
import org.junit.jupiter.api.Test;

/**
 * Management endpoints: every IANA special-purpose block that no device has (documentation,
 * benchmarking, reserved, multicast; the samples use such addresses) is refused before any
 * connection, with the block and its RFC; real management addresses are accepted.
 */
class EndpointTest {

    private static void refused(String host, String reason) {
        assertThatThrownBy(() -> Endpoint.of("gw", new Management(host, null, "u", null, null)))
                .isInstanceOf(PushFailure.class)
                .hasMessageContaining("gw: management.host " + host + " is in " + reason)
                .hasMessageContaining("IANA special-purpose block");
    }

    @Test
    void documentationAddressesAreRefusedWithTheReason() {
        refused("198.51.100.14", "198.51.100.0/24, TEST-NET-2, reserved for documentation (RFC 5737)");
        refused("192.0.2.1", "192.0.2.0/24, TEST-NET-1");
        refused("203.0.113.70", "203.0.113.0/24, TEST-NET-3");
        refused("2001:db8::1", "2001:db8::/32, reserved for documentation (RFC 3849)");
        refused("3fff::1", "3fff::/20, reserved for documentation (RFC 9637)");
    }

    /** The sample's Bravo gateway is in RFC 2544's benchmarking block, and preview, dry run and refresh connected to it. */
    @Test
    void benchmarkingReservedAndMulticastAddressesAreRefused() {
        refused("198.19.51.230", "198.18.0.0/15, reserved for benchmarking network devices (RFC 2544)");
        refused("198.18.0.1", "198.18.0.0/15");
        refused("2001:2::1", "2001::/23");
        refused("240.0.0.1", "240.0.0.0/4");
        refused("255.255.255.255", "240.0.0.0/4");
        refused("0.0.0.0", "0.0.0.0/8");
        refused("224.0.0.5", "224.0.0.0/4");
        refused("ff02::5", "ff00::/8");
        refused("::ffff:198.19.51.230", "198.18.0.0/15");
    }

    @Test
    void realAddressesAndNamesAreAccepted() throws PushFailure {
        assertThat(Endpoint.of("gw", new Management("10.0.0.1", null, "u", null, null)).host()).isEqualTo("10.0.0.1");
        assertThat(Endpoint.of("gw", new Management("127.0.0.1", null, "u", null, null)).display()).isEqualTo("u@127.0.0.1");
        assertThat(Endpoint.of("gw", new Management("198.51.101.1", null, "u", null, null)).host()).isEqualTo("198.51.101.1");
        assertThat(Endpoint.of("gw", new Management("198.20.0.1", null, "u", null, null)).host()).isEqualTo("198.20.0.1");
        assertThat(Endpoint.of("gw", new Management("100.64.0.1", null, "u", null, null)).host()).isEqualTo("100.64.0.1");
        assertThat(Endpoint.of("gw", new Management("169.254.1.1", null, "u", null, null)).host()).isEqualTo("169.254.1.1");
        assertThat(Endpoint.of("gw", new Management("fd00::1", null, "u", null, null)).host()).isEqualTo("fd00::1");
        assertThat(Endpoint.of("gw", new Management("::1", null, "u", null, null)).host()).isEqualTo("::1");
        assertThat(Endpoint.of("gw", new Management("gw1.example.net", null, "u", null, null)).host()).isEqualTo("gw1.example.net");
    }
}
