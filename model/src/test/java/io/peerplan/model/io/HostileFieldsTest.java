package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peerplan.model.sample.Samples;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Hostile project files are refused on load with one located error naming the line,
 * column, element id and field, before any exporter or push sees them.
 */
class HostileFieldsTest {

    private static String sample() {
        return new String(Samples.bytes("two-dc-anycast"), StandardCharsets.UTF_8);
    }

    private static ProjectLoadException refused(String text) {
        return catchThrowableOfType(ProjectLoadException.class,
                () -> ProjectCodec.read("hostile.peerplan.yaml", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aLogFieldThatAddsARogueNeighborIsRefusedAtItsLine() {
        String text = sample().replace("  log: syslog informational\n  description: \"AlmaLinux",
                "  log: \"syslog informational\\nrouter bgp 64859\\n neighbor 192.0.2.66 remote-as 666\"\n  description: \"AlmaLinux");
        ProjectLoadException e = refused(text);
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(122);
        assertThat(e.problem()).contains("gateway-alfa-unoone: log 'syslog informational\\u000Arouter bgp")
                .contains("line break (U+000A)").contains("INPUT-CONTROL-CHARACTER");
    }

    @Test
    void aProgramAsCommandPrefixIsRefused() {
        ProjectLoadException e = refused(sample().replaceFirst("commandPrefix: sudo", "commandPrefix: truncate -s0 /etc/frr/frr.conf --"));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(121);
        assertThat(e.problem()).contains("gateway-alfa-unoone: management.commandPrefix").contains("sudo or doas");
    }

    /** The layout names fixed paths and a fixed restart command; any other word is refused, never taken as a path. */
    @Test
    void aQuaggaLayoutPeerplanDoesNotKnowIsRefusedAtItsLine() {
        ProjectLoadException e = refused(sample().replaceFirst("commandPrefix: sudo", "commandPrefix: sudo\n    quaggaLayout: /tmp/x"));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(122);
        assertThat(e.problem()).contains("gateway-alfa-unoone: management.quaggaLayout '/tmp/x'").contains("openwrt or linux")
                .contains("INPUT-MANAGEMENT");
        assertThat(refused(sample().replaceFirst("commandPrefix: sudo", "commandPrefix: sudo\n    quaggaLayout: linux"))).isNull();
    }

    @Test
    void aServiceNamespaceWithADocumentIsRefused() {
        String text = sample();
        int at = text.indexOf("- namespace: default");
        ProjectLoadException e = refused(text.substring(0, at)
                + "- namespace: \"default\\n---\\napiVersion: rbac.authorization.k8s.io/v1\\nkind: ClusterRoleBinding\""
                + text.substring(at + "- namespace: default".length()));
        assertThat(e).isNotNull();
        assertThat(e.problem()).contains("k8s-alfa: services[0].namespace 'default\\u000A---");
    }

    @Test
    void theSamplesLoad() throws Exception {
        for (String name : new String[] {"two-dc-anycast", "homelab-openwrt-quagga", "mikrotik-core"}) {
            assertThat(ProjectCodec.read(name, Samples.bytes(name)).routers()).isNotEmpty();
        }
    }
}
