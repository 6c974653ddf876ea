package io.peerplan.model;

import java.util.List;

/**
 * A point outside the design from which reachability is asked, e.g. "Internet clients" behind both
 * providers. It takes part in BGP like a router that announces nothing and accepts everything (in
 * the lab it is a real FRR instance), so it has an AS, a router-id and interfaces.
 */
public record Vantage(String id, String name, String region, Asn asn, Ip routerId, List<Interface> interfaces,
        String description) {

    public Vantage {
        interfaces = Lists.copy(interfaces);
    }

    public String displayName() {
        return name != null ? name : id;
    }
}
