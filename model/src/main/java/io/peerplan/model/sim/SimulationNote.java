package io.peerplan.model.sim;

/**
 * Something the simulation noticed that explains its results: a session that cannot come up, a
 * {@code network} statement that import-check keeps back, a service IP that is not announced.
 *
 * @param elementId the topology id it concerns (router, peering, cluster, node...)
 */
public record SimulationNote(String elementId, String message) {
}
