package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An L3 subnet, e.g. the cloud network 192.168.247.0/24 or the link net 198.51.100.8/29. */
public record Network(String id, String name, String region, IpPrefix cidr, Kind kind, String description) {

    public enum Kind {
        /** Where nodes and gateways live (a cloud private network or a LAN). */
        @JsonProperty("lan") LAN,
        /** A point-to-point or small link net between a gateway and a provider. */
        @JsonProperty("link") LINK,
        /** Anything else: management, loopbacks, the Internet side of a vantage. */
        @JsonProperty("other") OTHER
    }
}
