package io.peerplan.export.push;

/** A Quagga router's candidate: its two daemon configs, as the Quagga exporter renders them. */
public record QuaggaCandidate(String zebraConf, String bgpdConf) {

    String of(String daemon) {
        return daemon.equals("zebra") ? zebraConf : bgpdConf;
    }
}
