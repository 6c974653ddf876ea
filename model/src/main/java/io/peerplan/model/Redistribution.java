package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code redistribute connected|static [route-map NAME]} in the IPv4 unicast address family. */
public record Redistribution(Source source, String routeMap) {

    public enum Source {
        @JsonProperty("connected") CONNECTED,
        @JsonProperty("static") STATIC;

        public String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
