package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The BGP ORIGIN attribute (RFC 4271 §5.1.1) as a route-map's {@code set origin igp|egp|incomplete}
 * writes it (FRR bgpd/bgp_routemap.c, {@code route_set_origin}). Lower is better in best-path
 * selection: IGP, then EGP, then incomplete.
 */
public enum RouteOrigin {
    @JsonProperty("igp") IGP,
    @JsonProperty("egp") EGP,
    @JsonProperty("incomplete") INCOMPLETE;

    /** The keyword FRR and Quagga write after {@code set origin}. */
    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
