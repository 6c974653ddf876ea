package io.peerplan.export.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Quagga diff's rules, each on a pair of configs that differ in one thing (QuaggaPushLabTest runs them on real Quagga). */
class QuaggaDiffTest {
    private static final String RUNNING = """
            Building configuration...

            Current configuration:
            !
            hostname OpenWrt
            password zebra
            !
            interface lo
            !
            router bgp 65000
             bgp router-id 192.168.1.2
             neighbor 192.168.1.5 remote-as 65001
             neighbor 192.168.1.5 description ubuntu-dev1
             neighbor 192.168.1.5 route-map out-rm out
            !
             address-family ipv6
             exit-address-family
             exit
            !
            route-map out-rm permit 10
             set as-path prepend 65000
            !
            ip forwarding
            !
            line vty
            !
            end
            """;

    private static QuaggaDiff diff(String candidate) {
        return QuaggaDiff.between(QuaggaConfigLines.parse(RUNNING), QuaggaConfigLines.parse(candidate));
    }

    private static String same() {
        return RUNNING.replace("password zebra\n", "");
    }

    @Test
    void theSameSettingsInAnotherShapeAreNoChange() {
        // The candidate lacks vtysh's header, the empty interface and address-family blocks, and the device's vty password.
        String candidate = same().replace("Building configuration...\n\nCurrent configuration:\n", "").replace("interface lo\n", "")
                .replace(" address-family ipv6\n exit-address-family\n exit\n", "");
        assertThat(diff(candidate).changes()).isFalse();
        assertThat(diff(candidate).restartReason()).isEmpty();
    }

    @Test
    void aChangedLineIsDeletedThenAddedInItsContext() {
        QuaggaDiff d = diff(same().replace("set as-path prepend 65000", "set as-path prepend 65000 65000"));
        assertThat(d.commands()).containsExactly("configure terminal", "route-map out-rm permit 10", "no set as-path prepend 65000", "end",
                "configure terminal", "route-map out-rm permit 10", "set as-path prepend 65000 65000", "end");
        assertThat(d.text("x")).startsWith("Applied live with vtysh (8 commands)").contains("Lines To Delete\n===============\nroute-map out-rm permit 10\n"
                + " set as-path prepend 65000\n");
    }

    @Test
    void anotherRemoteAsChangesTheNeighborInPlace() {
        QuaggaDiff d = diff(same().replace("remote-as 65001", "remote-as 65999"));
        assertThat(d.deletions()).isEmpty();
        assertThat(d.commands()).containsExactly("configure terminal", "router bgp 65000", "neighbor 192.168.1.5 remote-as 65999", "end");
    }

    @Test
    void aNeighborDeletedAsAWholeIsOneCommand() {
        String candidate = same().replace(" neighbor 192.168.1.5 remote-as 65001\n neighbor 192.168.1.5 description ubuntu-dev1\n"
                + " neighbor 192.168.1.5 route-map out-rm out\n", "");
        assertThat(diff(candidate).commands()).containsExactly("configure terminal", "router bgp 65000", "no neighbor 192.168.1.5 remote-as 65001", "end");
    }

    @Test
    void aRouteMapEntryDeletedAsAWholeIsOneCommandAndANoLineIsUndoneByItsPositiveForm() {
        String candidate = same().replace("route-map out-rm permit 10\n set as-path prepend 65000\n", "").replace("ip forwarding", "no ip forwarding");
        assertThat(diff(candidate).commands()).containsSubsequence("no route-map out-rm permit 10", "no ip forwarding");
        assertThat(QuaggaDiff.negate("no ip forwarding")).isEqualTo("ip forwarding");
    }

    @Test
    void anotherAsNumberOrPeerGroupIsNotLive() {
        assertThat(diff(same().replace("router bgp 65000", "router bgp 65010")).restartReason()).hasValueSatisfying(r -> r.contains("the BGP AS changes"));
        String grouped = RUNNING.replace(" neighbor 192.168.1.5 remote-as 65001\n", " neighbor g peer-group\n neighbor g remote-as 65001\n"
                + " neighbor 192.168.1.5 peer-group g\n");
        QuaggaDiff regroup = QuaggaDiff.between(QuaggaConfigLines.parse(grouped), QuaggaConfigLines.parse(grouped.replace("neighbor 192.168.1.5 peer-group g",
                "neighbor 192.168.1.5 peer-group h").replace(" neighbor g peer-group\n", " neighbor g peer-group\n neighbor h peer-group\n")));
        assertThat(regroup.restartReason()).hasValueSatisfying(r -> r.contains("neighbor 192.168.1.5 changes its peer group"));
        assertThat(diff(same().replace("ubuntu-dev1", "dev1")).restartReason()).isEmpty();
    }
}
