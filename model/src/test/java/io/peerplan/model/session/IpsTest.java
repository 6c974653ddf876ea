package io.peerplan.model.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's net.ParseIP strictness, on the fast IPv4 path and the general one. */
class IpsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "255.255.255.255", "192.168.247.254", "10.0.0.1", "2001:db8::1", "::1", "::ffff:10.0.0.1"})
    void accepts(String text) {
        assertThat(Ips.parseAddress(text)).isNotNull();
        assertThat(Ips.parseIp(text).toString()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 10.0.0.1", "10.0.0.1 ", "010.0.0.1", "10.0.0.256", "10.0.0", "10.0.0.1.2", "10..0.1", "1.2.3.-4", "a.b.c.d",
            "10.0.0.1/24", "fe80::1%eth0", "1000.0.0.1", "10.0.0.1."})
    void refuses(String text) {
        assertThat(Ips.parseAddress(text)).isNull();
    }
}
