package io.peerplan.export.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Management;
import org.junit.jupiter.api.Test;

/** Management endpoints: documentation addresses (the samples use them) are refused before any connection. */
class EndpointTest {

    @Test
    void documentationAddressesAreRefusedWithTheReason() {
        for (String host : new String[] {"198.51.100.14", "192.0.2.1", "203.0.113.70", "2001:db8::1"}) {
            assertThatThrownBy(() -> Endpoint.of("gw", new Management(host, null, "u", null, null)))
                    .isInstanceOf(PushFailure.class)
                    .hasMessageContaining("gw: management.host " + host + " is a documentation address (RFC 5737/3849)");
        }
    }

    @Test
    void realAddressesAndNamesAreAccepted() throws PushFailure {
        assertThat(Endpoint.of("gw", new Management("10.0.0.1", null, "u", null, null)).host()).isEqualTo("10.0.0.1");
        assertThat(Endpoint.of("gw", new Management("127.0.0.1", null, "u", null, null)).display()).isEqualTo("u@127.0.0.1");
        assertThat(Endpoint.of("gw", new Management("198.51.101.1", null, "u", null, null)).host()).isEqualTo("198.51.101.1");
        assertThat(Endpoint.of("gw", new Management("gw1.example.net", null, "u", null, null)).host()).isEqualTo("gw1.example.net");
        assertThat(Endpoint.isDocumentationAddress("gw1.example.net")).isFalse();
    }
}
