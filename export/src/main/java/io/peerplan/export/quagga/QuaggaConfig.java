package io.peerplan.export.quagga;

import java.util.List;

/**
 * A Quagga router's three files: {@code zebra.conf} and {@code bgpd.conf} (Quagga has no integrated
 * frr.conf), and the same configuration as vtysh commands, the form seed 001 types
 * ({@code conf t}, {@code router bgp ...}, {@code exit}), plus what was left out.
 */
public record QuaggaConfig(String zebraConf, String bgpdConf, String vtyshCommands, List<String> omitted) {
    public QuaggaConfig {
        omitted = List.copyOf(omitted);
    }
}
