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

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public Vantage withId(String value) {
        return new Vantage(value, name, region, asn, routerId, interfaces, description);
    }

    public Vantage withName(String value) {
        return new Vantage(id, value, region, asn, routerId, interfaces, description);
    }

    public Vantage withRegion(String value) {
        return new Vantage(id, name, value, asn, routerId, interfaces, description);
    }

    public Vantage withAsn(Asn value) {
        return new Vantage(id, name, region, value, routerId, interfaces, description);
    }

    public Vantage withRouterId(Ip value) {
        return new Vantage(id, name, region, asn, value, interfaces, description);
    }

    public Vantage withInterfaces(List<Interface> value) {
        return new Vantage(id, name, region, asn, routerId, value, description);
    }

    public Vantage withDescription(String value) {
        return new Vantage(id, name, region, asn, routerId, interfaces, value);
    }
}
