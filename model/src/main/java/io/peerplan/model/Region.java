package io.peerplan.model;

/**
 * A site, datacenter or cloud pool, e.g. Alfa: site "UnaOne", location "Saint Petersburg", zone "ru-3".
 * Regions contain networks, routers and clusters (by their {@code region} field).
 */
public record Region(String id, String name, String site, String location, String zone, String description) {
}
