package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The verdict of a prefix-list, community-list or route-map entry. */
public enum Action {
    @JsonProperty("permit") PERMIT,
    @JsonProperty("deny") DENY;

    /** The keyword as FRR, Quagga and the project file write it. */
    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
