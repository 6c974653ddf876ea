package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The routing software on a router; it decides the export format and what the router can do. */
public enum Platform {
    @JsonProperty("frr") FRR("FRR"),
    @JsonProperty("quagga") QUAGGA("Quagga"),
    @JsonProperty("routeros-v6") ROUTEROS_V6("RouterOS v6"),
    @JsonProperty("routeros-v7") ROUTEROS_V7("RouterOS v7"),
    /** Not managed by the user: no config is exported or pushed (a provider's router). */
    @JsonProperty("external") EXTERNAL("external (unmanaged)");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Quagga has no bfdd (reference.md §3). RouterOS has BFD but no echo mode (§4). */
    public boolean supportsBfd() {
        return this != QUAGGA;
    }

    /** Quagga has no {@code bgp listen range} (reference.md §3). */
    public boolean supportsListenRange() {
        return this == FRR || this == EXTERNAL;
    }

    /** Quagga knows only numeric {@code remote-as} (reference.md §3). */
    public boolean supportsRemoteAsKeyword() {
        return this == FRR || this == EXTERNAL;
    }

}
