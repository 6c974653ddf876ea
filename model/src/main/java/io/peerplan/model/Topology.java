package io.peerplan.model;

import java.util.List;

/**
 * The whole design: what the project file holds, and what the validator, simulator, exporters and
 * designer all read. Immutable; every edit makes a new Topology.
 */
public record Topology(
        int schemaVersion,
        String name,
        String description,
        List<Region> regions,
        List<Network> networks,
        List<Router> routers,
        List<Vantage> vantages,
        List<Cluster> clusters,
        List<Peering> peerings,
        Layout layout) {

    /** The project-file schema this build reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    public Topology {
        regions = Lists.copy(regions);
        networks = Lists.copy(networks);
        routers = Lists.copy(routers);
        vantages = Lists.copy(vantages);
        clusters = Lists.copy(clusters);
        peerings = Lists.copy(peerings);
        layout = layout == null ? Layout.EMPTY : layout;
    }

    /** An empty design with a name. */
    public static Topology empty(String name) {
        return new Topology(SCHEMA_VERSION, name, null, null, null, null, null, null, null, null);
    }

    public Topology withName(String value) {
        return new Topology(schemaVersion, value, description, regions, networks, routers, vantages, clusters, peerings,
                layout);
    }

    public Topology withDescription(String value) {
        return new Topology(schemaVersion, name, value, regions, networks, routers, vantages, clusters, peerings,
                layout);
    }

    public Topology withRouters(List<Router> value) {
        return new Topology(schemaVersion, name, description, regions, networks, value, vantages, clusters, peerings,
                layout);
    }

    public Topology withClusters(List<Cluster> value) {
        return new Topology(schemaVersion, name, description, regions, networks, routers, vantages, value, peerings,
                layout);
    }

    public Topology withPeerings(List<Peering> value) {
        return new Topology(schemaVersion, name, description, regions, networks, routers, vantages, clusters, value,
                layout);
    }

    public Topology withLayout(Layout value) {
        return new Topology(schemaVersion, name, description, regions, networks, routers, vantages, clusters, peerings,
                value);
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public Topology withRegions(List<Region> value) {
        return new Topology(schemaVersion, name, description, value, networks, routers, vantages, clusters, peerings,
                layout);
    }

    public Topology withNetworks(List<Network> value) {
        return new Topology(schemaVersion, name, description, regions, value, routers, vantages, clusters, peerings,
                layout);
    }

    public Topology withVantages(List<Vantage> value) {
        return new Topology(schemaVersion, name, description, regions, networks, routers, value, clusters, peerings,
                layout);
    }
}
