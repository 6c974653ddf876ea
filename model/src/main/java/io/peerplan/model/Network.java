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

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public Network withId(String value) {
        return new Network(value, name, region, cidr, kind, description);
    }

    public Network withName(String value) {
        return new Network(id, value, region, cidr, kind, description);
    }

    public Network withRegion(String value) {
        return new Network(id, name, value, cidr, kind, description);
    }

    public Network withCidr(IpPrefix value) {
        return new Network(id, name, region, value, kind, description);
    }

    public Network withKind(Kind value) {
        return new Network(id, name, region, cidr, value, description);
    }

    public Network withDescription(String value) {
        return new Network(id, name, region, cidr, kind, value);
    }
}
