package io.peerplan.model;

/**
 * A site, datacenter or cloud pool, e.g. Alfa: site "UnaOne", location "Saint Petersburg", zone "ru-3".
 * Regions contain networks, routers and clusters (by their {@code region} field).
 */
public record Region(String id, String name, String site, String location, String zone, String description) {

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public Region withId(String value) {
        return new Region(value, name, site, location, zone, description);
    }

    public Region withName(String value) {
        return new Region(id, value, site, location, zone, description);
    }

    public Region withSite(String value) {
        return new Region(id, name, value, location, zone, description);
    }

    public Region withLocation(String value) {
        return new Region(id, name, site, value, zone, description);
    }

    public Region withZone(String value) {
        return new Region(id, name, site, location, value, description);
    }

    public Region withDescription(String value) {
        return new Region(id, name, site, location, zone, value);
    }
}
